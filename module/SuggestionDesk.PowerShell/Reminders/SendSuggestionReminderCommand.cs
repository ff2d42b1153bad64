using System.Management.Automation;
using SuggestionDesk.Mail;
using SuggestionDesk.PowerShell.Base;
using SuggestionDesk.Reminders;
using SuggestionDesk.Services;

namespace SuggestionDesk.PowerShell.Reminders;

/// <summary>
/// <para type="synopsis">Plans and sends today's reminders, escalations and weekly digests: one message per person, never the same reminder twice.</para>
/// </summary>
[Cmdlet(VerbsCommunications.Send, "SuggestionReminder", SupportsShouldProcess = true)]
[OutputType(typeof(ReminderSent))]
public sealed class SendSuggestionReminderCommand : SuggestionCmdlet
{
    /// <summary>The run's date; by default today (in China Standard Time).</summary>
    [Parameter]
    [DateTransformation]
    public DateTime? AsOf { get; set; }

    /// <summary>How to send: Outbox writes .eml files into -OutboxPath (the local default).</summary>
    [Parameter]
    [ValidateSet("Outbox")]
    public string Transport { get; set; } = "Outbox";

    /// <summary>The folder the outbox writes to; by default ./outbox.</summary>
    [Parameter]
    public string OutboxPath { get; set; } = "outbox";

    /// <summary>The sender's address; by default the office's mailbox from the directory.</summary>
    [Parameter]
    public string? From { get; set; }

    /// <summary>Chinese (default) or English.</summary>
    [Parameter]
    [ValidateSet("Chinese", "English")]
    public string Language { get; set; } = "Chinese";

    /// <inheritdoc />
    protected override void ExecuteCmdlet()
    {
        var asOf = AsOf is { } date ? DateOnly.FromDateTime(date) : Today;
        var connection = CurrentConnection;
        var storage = connection.Storage;
        var policy = Run(storage.ReminderPolicies.GetAsync(Cancellation));
        var service = new ReminderService(storage.Items, storage.ReminderLog, storage.Directory, Service.Deadlines, policy, TimeProvider.System);
        var plan = Run(service.PlanAsync(asOf, Cancellation));
        if (plan.SkippedBecause is { } reason)
        {
            WriteVerbose(reason);
            WriteWarning($"No reminders: {reason}");
            return;
        }

        foreach (var line in plan.Unaddressed)
        {
            WriteWarning($"Suggestion '{line.Number}' ({line.ClockChinese} {line.Stage}): its owner {line.Owner} has no e-mail address. Set one with Set-Suggestion -OwnerEmail.");
        }

        var renderer = new ReminderRenderer(Enum.Parse<MessageLanguage>(Language, ignoreCase: true), policy);
        // Ask about every message here, on the pipeline thread, before the service sends the approved ones.
        var approved = plan.Messages
            .Where(m => ShouldProcess(m.Recipient, $"Send '{renderer.Render(m).Subject}'"))
            .ToHashSet();
        var from = From ?? Run(storage.Directory.GetAsync(Cancellation)).Office ?? "suggestiondesk@example.invalid";
        var sender = new OutboxMailSender(GetUnresolvedProviderPathFromPSPath(OutboxPath), from);
        var deliveries = Run(service.SendAsync(plan, renderer, sender, (message, _) => approved.Contains(message), Cancellation));
        foreach (var delivery in deliveries)
        {
            if (delivery.Result is { IsSent: false } failed)
            {
                WriteError(new ErrorRecord(new InvalidOperationException($"Reminder to {delivery.Message.Recipient} was not sent: {failed.Reason} It will be retried on the next run."),
                    "ReminderNotSent", ErrorCategory.WriteError, delivery.Message.Recipient));
            }

            WriteObject(new ReminderSent(delivery, Transport));
        }
    }
}
