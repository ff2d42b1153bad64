using Microsoft.Extensions.Logging;
using SuggestionDesk.Calendar;
using SuggestionDesk.Functions.Settings;
using SuggestionDesk.Items;
using SuggestionDesk.Mail;
using SuggestionDesk.Ports;
using SuggestionDesk.Reminders;
using SuggestionDesk.Services;
using SuggestionDesk.Storage;

namespace SuggestionDesk.Functions.Timers;

/// <summary>What one reminder run did.</summary>
/// <param name="AsOf">The run's date in China.</param>
/// <param name="Skipped">Why nothing was planned (a non-working day), or null.</param>
/// <param name="Sent">Messages the transport accepted.</param>
/// <param name="Failed">Messages it refused; they are retried on the next run.</param>
public sealed record ReminderOutcome(DateOnly AsOf, string? Skipped, int Sent, int Failed);

/// <summary>
/// A reminder or digest run from a timer: the same <see cref="ReminderService"/> as <c>Send-SuggestionReminder</c>,
/// under the store's run lock so that two firings at once (a restart, two instances) send each message once.
/// The working-day check is the planner's: NCRONTAB cannot express make-up working days.
/// </summary>
public sealed class ReminderRun(SuggestionStorage storage, IMailSender sender, DeskSettings settings, TimeProvider clock, ILogger<ReminderRun> log)
{
    /// <summary>Plans and sends today's messages of <paramref name="scope"/>.</summary>
    public async Task<ReminderOutcome> RunAsync(ReminderScope scope, CancellationToken cancellationToken)
    {
        var asOf = OfficeTime.Today(clock);
        await using var held = await storage.RunLocks.AcquireAsync(ReminderService.LockName, ReminderService.LockTime, cancellationToken).ConfigureAwait(false);
        var deadlines = await new CalendarService(storage.Calendars, storage.Items).LoadDeadlinesAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        var policy = await storage.ReminderPolicies.GetAsync(cancellationToken).ConfigureAwait(false);
        var directory = new OfficeFallbackDirectory(storage.Directory, settings.OfficeMailbox);
        var service = new ReminderService(storage.Items, storage.ReminderLog, directory, deadlines, policy, clock);
        var plan = await service.PlanAsync(asOf, scope, cancellationToken).ConfigureAwait(false);
        if (plan.SkippedBecause is { } reason)
        {
            log.LogInformation("No {Scope} on {AsOf}: {Reason}", scope, asOf, reason);
            return new ReminderOutcome(asOf, reason, 0, 0);
        }

        foreach (var line in plan.Unaddressed)
        {
            log.LogWarning("Suggestion {Number} ({Clock} {Stage}): owner {Owner} has no e-mail address", line.Number, line.Clock, line.Stage, line.Owner);
        }

        var renderer = new ReminderRenderer(Enum.Parse<MessageLanguage>(settings.Language, ignoreCase: true), policy);
        var deliveries = await service.SendAsync(plan, renderer, sender, cancellationToken: cancellationToken).ConfigureAwait(false);
        foreach (var failed in deliveries.Where(d => d.Result is { IsSent: false }))
        {
            log.LogWarning("Not sent to {Recipient}, retried on the next run: {Reason}", failed.Message.Recipient, failed.Result!.Reason);
        }

        var outcome = new ReminderOutcome(asOf, null, deliveries.Count(d => d.Result?.IsSent == true), deliveries.Count(d => d.Result?.IsSent == false));
        log.LogInformation("{Scope} on {AsOf}: {Messages} planned, {Sent} sent, {Failed} failed", scope, asOf, plan.Messages.Count, outcome.Sent, outcome.Failed);
        return outcome;
    }

    // The office mailbox from the settings stands in when the directory kept in the store names none.
    private sealed class OfficeFallbackDirectory(IReminderDirectoryStore store, string? office) : IReminderDirectoryStore
    {
        public async Task<ReminderDirectory> GetAsync(CancellationToken cancellationToken = default)
        {
            var directory = await store.GetAsync(cancellationToken).ConfigureAwait(false);
            return directory.Office is null && office is not null ? directory with { Office = office } : directory;
        }

        public Task SetOfficeAsync(string? mailbox, CancellationToken cancellationToken = default) => store.SetOfficeAsync(mailbox, cancellationToken);

        public Task SetHeadAsync(string department, string? mailbox, CancellationToken cancellationToken = default) => store.SetHeadAsync(department, mailbox, cancellationToken);
    }
}
