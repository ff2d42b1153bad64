using System.Management.Automation;
using System.Security;
using SuggestionDesk.PowerShell.Completion;
using SuggestionDesk.Mail;
using SuggestionDesk.PowerShell.Base;
using SuggestionDesk.Reminders;
using SuggestionDesk.Services;
using SuggestionDesk.Items;

namespace SuggestionDesk.PowerShell.Reminders;

/// <summary>
/// <para type="synopsis">Plans and sends today's reminders, escalations and weekly digests: one message per person, never the same reminder twice.</para>
/// </summary>
[Cmdlet(VerbsCommunications.Send, "SuggestionReminder", SupportsShouldProcess = true)]
[OutputType(typeof(ReminderSent), typeof(UnaddressedReminder))]
public sealed class SendSuggestionReminderCommand : SuggestionCmdlet
{
    /// <summary>The run's date; by default today (in China Standard Time).</summary>
    [Parameter]
    [DateTransformation]
    public DateTime? AsOf { get; set; }

    /// <summary>How to send: Outbox writes .eml files (the local default), Graph sends through Microsoft Graph, Smtp through a mail server.</summary>
    [Parameter]
    [ValidateSet("Outbox", "Graph", "Smtp")] // = MailTransport.Names; a test keeps them equal (the module builds against PowerShell 5.1's reference, which has no generated sets)
    public string Transport { get; set; } = "Outbox";

    /// <summary>The folder the outbox writes to; by default ./outbox.</summary>
    [Parameter]
    public string OutboxPath { get; set; } = "outbox";

    /// <summary>The sender's address (for Graph, the mailbox sent as); by default the office's mailbox from the directory.</summary>
    [Parameter]
    public string? From { get; set; }

    /// <summary>Graph: the cloud, Global or China (operated by 21Vianet).</summary>
    [Parameter]
    [ValidateSet("Global", "China")] // = GraphCloud.Known, kept equal by a test
    public string? Cloud { get; set; }

    /// <summary>Graph: another Graph root than the cloud's, e.g. a proxy.</summary>
    [Parameter]
    public Uri? GraphEndpoint { get; set; }

    /// <summary>Graph: the tenant id, with -ClientId and a certificate or secret.</summary>
    [Parameter]
    public string? TenantId { get; set; }

    /// <summary>Graph: the application's client id (alone: a user-assigned managed identity).</summary>
    [Parameter]
    public string? ClientId { get; set; }

    /// <summary>Graph: a PEM or PFX file with the application's certificate and key.</summary>
    [Parameter]
    public string? CertificatePath { get; set; }

    /// <summary>Graph: the application's client secret.</summary>
    [Parameter]
    public SecureString? ClientSecret { get; set; }

    /// <summary>Graph: an access token obtained elsewhere.</summary>
    [Parameter]
    public SecureString? AccessToken { get; set; }

    /// <summary>Smtp: the mail server's host name.</summary>
    [Parameter]
    public string? SmtpServer { get; set; }

    /// <summary>Smtp: the port; 587 by default.</summary>
    [Parameter]
    [ValidateRange(1, 65535)]
    public int SmtpPort { get; set; } = 587;

    /// <summary>Smtp: Auto, StartTls, SslOnConnect or None.</summary>
    [Parameter]
    [ValidateSet("Auto", "StartTls", "SslOnConnect", "None")] // = the SmtpSecurity enum, kept equal by a test
    public string SmtpSecurity { get; set; } = "Auto";

    /// <summary>Smtp: the user name and password to sign in with.</summary>
    [Parameter]
    [Credential]
    public PSCredential? Credential { get; set; }

    /// <summary>Chinese (default) or English; 中文, 英文, zh and en work too.</summary>
    [Parameter]
    [EnumWords(typeof(Language))]
    [ArgumentCompleter(typeof(EnumWordsCompleter<Language>))]
    public string Language { get; set; } = nameof(SuggestionDesk.Items.Language.Chinese);

    /// <inheritdoc />
    protected override void ExecuteCmdlet()
    {
        if (MailTransport.Unused(Transport, MyInvocation.BoundParameters.Keys).ToList() is [_, ..] unused)
        {
            throw new PSArgumentException($"-{string.Join(", -", unused)} do not apply to -Transport {Transport}. Leave them out, or choose the transport they belong to.", unused[0]);
        }

        var renderer = EnumWordsAttribute.Parse<Language>(Language);
        var pump = new ProgressPump<ReminderRunProgress>(p => new ProgressRecord(1, $"Sending reminders ({Transport})",
            $"{p.Done} of {p.Total}: {p.Delivery.Message.Recipient}") { PercentComplete = p.Done * 100 / p.Total });
        var options = new ReminderRunOptions
        {
            AsOf = AsOf is { } date ? DateOnly.FromDateTime(date) : Today,
            Renderer = policy => new ReminderRenderer(renderer, policy),
            // ShouldProcess may only be called on the pipeline thread: the pump runs it there while the run waits.
            Confirm = (message, rendered, _) => pump.CallAsync(() => ShouldProcess(message.Recipient, $"Send '{rendered.Subject}'")),
            Progress = pump,
        };
        var transport = DescribedTransport();
        var directory = CurrentConnection.Storage.Directory;
        using var sender = new DeferredMailSender(cancel => transport.OpenAsync(directory, cancel));
        // The run takes the reminder lock for its whole length: a reminder timer running now finishes first, and this
        // run then sends only what it did not.
        var result = pump.Wait(this, Services.Reminders.RunAsync(options, sender, Cancellation));
        if (result.SkippedBecause is { } reason)
        {
            WriteVerbose(reason);
            WriteWarning($"No reminders: {reason}");
            return;
        }

        foreach (var item in result.Plan.Unaddressed)
        {
            var where = item.SentTo is { } to ? $"its reminders go to {to} instead" : "its reminders went nowhere (set a head with Set-SuggestionDirectory, or the office with Set-SuggestionDirectory -Office)";
            WriteWarning($"Suggestion '{item.Number}': its officer {item.Officer} ({item.Department}) has no e-mail address (承办人未登记邮箱); {where}. Set one with Set-Suggestion -OwnerEmail.");
        }

        WriteDeliveries(result.Deliveries);
        foreach (var item in result.Plan.Unaddressed)
        {
            WriteObject(new UnaddressedReminder(item));
        }
    }

    // Resolved here, on the pipeline thread; the sender itself is made only when the run has a message to send.
    private MailTransport DescribedTransport() => new()
    {
        Transport = Transport,
        From = From,
        OutboxPath = GetUnresolvedProviderPathFromPSPath(OutboxPath),
        Cloud = Cloud,
        GraphEndpoint = GraphEndpoint,
        TenantId = TenantId,
        ClientId = ClientId,
        CertificatePath = CertificatePath is null ? null : GetUnresolvedProviderPathFromPSPath(CertificatePath),
        ClientSecret = ClientSecret,
        AccessToken = AccessToken,
        SmtpServer = SmtpServer,
        SmtpPort = SmtpPort,
        SmtpSecurity = SmtpSecurity,
        Credential = Credential,
    };

    private void WriteDeliveries(IEnumerable<ReminderDelivery> deliveries)
    {
        foreach (var delivery in deliveries)
        {
            if (delivery.Result is { IsSent: false } failed)
            {
                WriteError(new ErrorRecord(new InvalidOperationException($"{failed.Reason} It will be retried on the next run."),
                    "ReminderNotSent", ErrorCategory.WriteError, delivery.Message.Recipient));
            }

            WriteObject(new ReminderSent(delivery, Transport));
        }
    }
}
