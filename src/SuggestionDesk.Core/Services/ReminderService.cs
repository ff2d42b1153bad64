using SuggestionDesk.Calendar;
using SuggestionDesk.Items;
using SuggestionDesk.Localization;
using SuggestionDesk.Ports;
using SuggestionDesk.Reminders;

namespace SuggestionDesk.Services;

/// <summary>One message as sent (or not): what was planned, how it was rendered and what the transport said.</summary>
/// <param name="Message">The planned message.</param>
/// <param name="Rendered">The rendered message.</param>
/// <param name="Result">The transport's result; null when the caller chose not to send it (-WhatIf).</param>
public sealed record ReminderDelivery(ReminderMessage Message, RenderedMessage Rendered, SendResult? Result);

/// <summary>
/// A reminder run, the one path for <c>Send-SuggestionReminder</c> and the reminder Function: read the open
/// items, the directory and the log; plan; send each message; record its keys in the log right after it was
/// sent. If the process dies between sending a message and recording it, the next run sends that one message
/// again: at most one duplicate, never a lost reminder. A failed send is not recorded, so the next run retries it.
/// </summary>
public sealed class ReminderService(
    ISuggestionStore items, IReminderLog log, IReminderDirectoryStore directory, ItemDeadlines deadlines, ReminderPolicy policy, TimeProvider clock)
{
    /// <summary>
    /// The <see cref="IRunLock"/> name every host takes around planning and sending, so that a timer and an
    /// administrator's run (or two timer instances) take turns and the second finds the first's sends in the log.
    /// </summary>
    public const string LockName = "reminders";

    /// <summary>How long a stalled run holds a run lock before another may take it over (a live one renews it).</summary>
    public static readonly TimeSpan LockTime = TimeSpan.FromMinutes(5);

    private static readonly IReadOnlySet<ReminderKey> NothingSent = new HashSet<ReminderKey>();

    /// <summary>The plan for <paramref name="asOf"/>, leaving out what the log says was sent.</summary>
    public Task<ReminderPlan> PlanAsync(DateOnly asOf, CancellationToken cancellationToken = default) =>
        PlanAsync(asOf, ReminderScope.All, cancellationToken);

    /// <summary>The plan of <paramref name="scope"/> for <paramref name="asOf"/>, leaving out what the log says was sent.</summary>
    public async Task<ReminderPlan> PlanAsync(DateOnly asOf, ReminderScope scope, CancellationToken cancellationToken = default)
    {
        var open = new List<SuggestionItem>();
        await foreach (var item in Reporting.StoreAsOf.QueryAsOfAsync(items, new ItemQuery { OpenOnly = true }, asOf, OfficeTime.Today(clock), cancellationToken).ConfigureAwait(false))
        {
            open.Add(item);
        }

        var people = await directory.GetAsync(cancellationToken).ConfigureAwait(false);
        var planner = new ReminderPlanner(deadlines, policy, people);
        // The log only filters what a plan would send, so only today's candidate keys need looking up: the reads
        // then stay with today's messages instead of growing with every reminder ever sent for the open items.
        var candidates = planner.Plan(open, asOf, NothingSent, scope);
        if (candidates.SkippedBecause is not null || candidates.Messages.Count == 0)
        {
            return candidates;
        }

        var sent = await log.FindSentAsync(candidates.Messages.SelectMany(m => m.Keys).ToArray(), cancellationToken).ConfigureAwait(false);
        return planner.Plan(open, asOf, sent, scope);
    }

    /// <summary>
    /// Sends the messages of <paramref name="plan"/> that <paramref name="confirm"/> agrees to (all by default),
    /// recording each one in the log as soon as the transport accepted it, and reporting each to <paramref name="progress"/>.
    /// When the transport says it can send nothing more (its sign-in failed), the remaining messages are reported as
    /// not sent with that reason, without being handed to it; the next run sends them.
    /// </summary>
    public async Task<IReadOnlyList<ReminderDelivery>> SendAsync(
        ReminderPlan plan, IMessageRenderer renderer, IMailSender sender, Func<ReminderMessage, RenderedMessage, bool>? confirm = null,
        IProgress<ReminderDelivery>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(sender);
        var deliveries = new List<ReminderDelivery>();
        string? stoppedBecause = null;
        // Keys an earlier run handed to the transport without recording them sent (it died, or the answer was lost).
        var attempted = await log.FindAttemptedAsync(plan.Messages.SelectMany(m => m.Keys).ToArray(), cancellationToken).ConfigureAwait(false);
        foreach (var message in plan.Messages)
        {
            var rendered = renderer.Render(message) with
            {
                DeliveryKey = DeliveryKeys.For(message.Keys),
                MaybeSentBefore = message.Keys.Any(attempted.Contains),
            };
            if (confirm is not null && !confirm(message, rendered))
            {
                deliveries.Add(new ReminderDelivery(message, rendered, null));
                progress?.Report(deliveries[^1]);
                continue;
            }

            if (stoppedBecause is null)
            {
                // Before the send, so a crash between sending and recording leaves a trace the next run asks about.
                await log.RecordAttemptAsync(message.Keys, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            }

            var result = stoppedBecause is null
                ? await sender.SendAsync(rendered, cancellationToken).ConfigureAwait(false)
                : SendResult.NotSent(rendered.To, MessageText.Format(Messages.SendNotTried, stoppedBecause));
            stoppedBecause ??= result.RunStoppedBecause;
            if (result.IsSent)
            {
                await log.RecordAsync(message.Keys, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            }

            deliveries.Add(new ReminderDelivery(message, rendered, result));
            progress?.Report(deliveries[^1]);
        }

        return deliveries;
    }
}
