using SuggestionDesk.Ports;
using SuggestionDesk.Reminders;
using SuggestionDesk.Runs;

namespace SuggestionDesk.Services;

/// <summary>
/// The whole reminder run, the one path for <c>Send-SuggestionReminder</c> and the reminder timers: take the run lock,
/// read the calendar, the deadline policy and the reminder policy, plan (leaving out what the log says was sent and reporting who cannot be
/// reached), render, ask the host about each message, send the approved ones and record each as it goes.
/// </summary>
/// <remarks>
/// The lock is held for the whole run, so that a timer and an administrator's run (or two timer instances) take
/// turns and the second finds the first's sends in the log. The transport is only used when a message was
/// approved, so a host may open it lazily (a -WhatIf run needs no sign-in).
/// </remarks>
public sealed class ReminderRunService(
    ISuggestionStore items,
    IReminderLog log,
    IReminderDirectoryStore directory,
    IReminderPolicyStore policies,
    ICalendarStore calendars,
    IDeadlinePolicyStore deadlinePolicies,
    IRunLock locks,
    TimeProvider clock,
    IRunRecordStore? records = null)
{
    /// <summary>
    /// Runs the reminders of <paramref name="options"/> through <paramref name="sender"/>. When the options name who
    /// runs it (<see cref="ReminderRunOptions.RunBy"/>), the run leaves a <see cref="RunRecord"/> however it ends.
    /// </summary>
    public Task<ReminderRunResult> RunAsync(ReminderRunOptions options, IMailSender sender, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(sender);
        var kind = options.Scope == ReminderScope.Digest ? RunKind.Digest : RunKind.Reminders;
        return RunRecorder.RecordAsync(
            records, kind, options.RunBy, options.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), clock,
            () => RunCoreAsync(options, sender, cancellationToken), Describe, (result, record) => result with { Record = record }, cancellationToken);
    }

    private static RunRecord Describe(ReminderRunResult result, RunRecord begun) => begun with
    {
        Outcome = result.SkippedBecause is not null ? RunOutcome.NothingDue : result.Failed > 0 ? RunOutcome.Failed : RunOutcome.Succeeded,
        Planned = result.Plan.Messages.Count,
        Sent = result.Sent,
        Failed = result.Failed,
        NotAddressed = result.Plan.Unaddressed.Count,
        FirstError = result.SkippedBecause ?? RunRecorder.FirstLine(result.Deliveries.FirstOrDefault(d => d.Result is { IsSent: false })?.Result?.Reason),
    };

    private async Task<ReminderRunResult> RunCoreAsync(ReminderRunOptions options, IMailSender sender, CancellationToken cancellationToken)
    {
        var held = await locks.AcquireAsync(ReminderService.LockName, ReminderService.LockTime, cancellationToken).ConfigureAwait(false);
        await using (held.ConfigureAwait(false))
        {
            var deadlines = await new CalendarService(calendars, items, deadlinePolicies).LoadDeadlinesAsync(cancellationToken).ConfigureAwait(false);
            var policy = await policies.GetAsync(cancellationToken).ConfigureAwait(false);
            var service = new ReminderService(items, log, directory, deadlines, policy, clock);
            var plan = await service.PlanAsync(options.AsOf, options.Scope, cancellationToken).ConfigureAwait(false);
            if (plan.SkippedBecause is not null)
            {
                return new ReminderRunResult(plan, []);
            }

            var renderer = options.Renderer(policy);
            var approved = await ApprovedAsync(plan, renderer, options.Confirm, cancellationToken).ConfigureAwait(false);
            if (approved.Count == 0 && plan.Messages.Count > 0)
            {
                return new ReminderRunResult(plan, plan.Messages.Select(m => new ReminderDelivery(m, renderer.Render(m), null)).ToArray());
            }

            if (options.Links is { } links)
            {
                var approvedInOrder = plan.Messages.Where(approved.Contains).ToArray();
                renderer = new LinkedRenderer(renderer, await links.IssueAsync(approvedInOrder, deadlines, options.AsOf, cancellationToken).ConfigureAwait(false));
            }

            var done = 0;
            var progress = options.Progress is { } report
                ? new Relay(d => report.Report(new ReminderRunProgress(Interlocked.Increment(ref done), plan.Messages.Count, d)))
                : null;
            var deliveries = await service.SendAsync(plan, renderer, sender, (message, _) => approved.Contains(message), progress, cancellationToken).ConfigureAwait(false);
            return new ReminderRunResult(plan, deliveries);
        }
    }

    // Every question is asked before the first send, as a cmdlet's -Confirm prompts would otherwise wait between sends.
    private static async Task<HashSet<ReminderMessage>> ApprovedAsync(
        ReminderPlan plan, IMessageRenderer renderer, Func<ReminderMessage, RenderedMessage, CancellationToken, Task<bool>>? confirm, CancellationToken cancellationToken)
    {
        var approved = new HashSet<ReminderMessage>();
        foreach (var message in plan.Messages)
        {
            if (confirm is null || await confirm(message, renderer.Render(message), cancellationToken).ConfigureAwait(false))
            {
                approved.Add(message);
            }
        }

        return approved;
    }

    private sealed class Relay(Action<ReminderDelivery> report) : IProgress<ReminderDelivery>
    {
        public void Report(ReminderDelivery value) => report(value);
    }
}
