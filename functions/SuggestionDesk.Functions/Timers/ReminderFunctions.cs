using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using SuggestionDesk.Functions.Settings;
using SuggestionDesk.Items;
using SuggestionDesk.Mail;
using SuggestionDesk.Ports;
using SuggestionDesk.Reminders;
using SuggestionDesk.Services;

namespace SuggestionDesk.Functions.Timers;

/// <summary>
/// The reminder timers: the same <see cref="ReminderRunService"/> run as <c>Send-SuggestionReminder</c>, logged.
/// Schedules are app settings in UTC; the planner decides whether today is a working day, as NCRONTAB cannot
/// express make-up working days.
/// </summary>
public sealed class ReminderFunctions(
    ReminderRunService runs, IMailSender sender, DeskOptions settings, TimeProvider clock, ILogger<ReminderFunctions> log, IReminderLinks? links = null)
{
    /// <summary>Every day (default 01:00 UTC, 09:00 in China): stage reminders and escalations. Nothing on a non-working day.</summary>
    [Function("Reminders")]
    public Task RemindersAsync([TimerTrigger("%ReminderSchedule%")] TimerInfo timer, CancellationToken cancellationToken) =>
        RunAsync(timer, "Reminders", ReminderScope.Reminders, cancellationToken);

    /// <summary>Every day (default 01:30 UTC): the weekly digest, which the planner sends on the first working day of the week only.</summary>
    [Function("Digest")]
    public Task DigestAsync([TimerTrigger("%DigestSchedule%")] TimerInfo timer, CancellationToken cancellationToken) =>
        RunAsync(timer, "Digest", ReminderScope.Digest, cancellationToken);

    private async Task RunAsync(TimerInfo timer, string name, ReminderScope scope, CancellationToken cancellationToken)
    {
        // A late firing runs as usual: the log leaves out what was sent, and today's plan covers a missed day.
        if (timer.IsPastDue)
        {
            log.LogInformation("{Function} fired past due (last {Last}); running for today", name, timer.ScheduleStatus?.Last);
        }

        var options = new ReminderRunOptions
        {
            AsOf = OfficeTime.Today(clock),
            Scope = scope,
            Renderer = policy => new ReminderRenderer(settings.Language, policy),
            RunBy = name,
            // Registered only when the settings turn the links on (ActionLinks, ActionBaseUrl): otherwise no links.
            Links = links,
        };
        var result = await runs.RunAsync(options, sender, cancellationToken).ConfigureAwait(false);
        if (result.SkippedBecause is not null)
        {
            RunSummary.Log(log, result.Record);
            return;
        }

        // Nobody falls through: an officer without an address is stood in for, and the office hears of it here too.
        foreach (var item in result.Plan.Unaddressed)
        {
            log.LogWarning("Suggestion {Number} ({Department}): officer {Officer} has no e-mail address (承办人未登记邮箱); reminders sent to {SentTo}. {Reason}",
                item.Number.Value, item.Department, item.Officer, item.SentTo ?? "nobody", item.Reason);
        }

        foreach (var failed in result.Deliveries.Where(d => d.Result is { IsSent: false }))
        {
            log.LogWarning("Not sent to {Recipient}, retried on the next run: {Reason}", failed.Message.Recipient, failed.Result!.Reason);
        }

        RunSummary.Log(log, result.Record);
    }
}
