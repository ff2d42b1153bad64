using System.Management.Automation;
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
[Cmdlet(VerbsCommunications.Send, "SuggestionReminder", SupportsShouldProcess = true, DefaultParameterSetName = ClientSecretSet)]
[OutputType(typeof(ReminderSent), typeof(UnaddressedReminder))]
public sealed class SendSuggestionReminderCommand : MailCmdlet
{
    /// <summary>The run's date; by default today (in China Standard Time).</summary>
    [Parameter]
    [DateTransformation]
    public DateTime? AsOf { get; set; }

    /// <summary>Chinese (default) or English; 中文, 英文, zh and en work too.</summary>
    [Parameter]
    [EnumWords(typeof(Language))]
    [ArgumentCompleter(typeof(EnumWordsCompleter<Language>))]
    public string Language { get; set; } = nameof(SuggestionDesk.Items.Language.Chinese);

    /// <summary>
    /// The address the action pages are served at (the Functions app's, or a local host's): each item in an officer's
    /// reminder then carries links to act on it (签收, 登记沟通 …). Without it the messages carry no links.
    /// </summary>
    [Parameter]
    public Uri? ActionBaseUrl { get; set; }

    /// <inheritdoc />
    protected override void ExecuteCmdlet()
    {
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
            Links = ActionBaseUrl is null ? null : Services.LinkIssuer(ActionBaseUrl),
            RunBy = Runs.RunHost.For(this),
        };
        using var sender = OpenSenderOnFirstMessage();
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
