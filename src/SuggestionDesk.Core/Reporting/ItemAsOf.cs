using System.Globalization;
using SuggestionDesk.Items;

namespace SuggestionDesk.Reporting;

/// <summary>
/// The one way to see an item as it stood at the end of a past day, for every "as of" question (the summary, the
/// report, deadlines, listings, reminders): every dated event after that day (sign-for, replies, evaluations,
/// extension and return requests and decisions, disclosure decision and publication) is taken back, and the status
/// and pending follow-up are the ones those events give. Events count by the date they carry, not the day they were
/// typed in: a reply dated 2021-05-20 and recorded in June was made on 2021-05-20. Who holds the item, its title, its
/// points, its leading official and its priorities are not dated, so they are today's. Contacts are not part of the item:
/// a count as of a day leaves out those dated after it.
/// </summary>
public static class ItemAsOf
{
    /// <summary>
    /// The item as of <paramref name="asOf"/>; null when it was not yet assigned then. When nothing happened after
    /// that day the item itself comes back (with its version, so it can still be changed with a conflict check);
    /// otherwise a copy that was never stored, whose version names the day it shows (<see cref="DayOfCopy"/>), so a
    /// change asked for on it is refused instead of landing on today's item unchecked.
    /// </summary>
    public static SuggestionItem? On(SuggestionItem item, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(item);
        var now = item.ToSnapshot();
        if (now.AssignedOn > asOf)
        {
            return null;
        }

        if (LastEventOn(now) <= asOf)
        {
            return item;
        }

        var replies = now.Replies.Where(r => r.Date <= asOf).ToArray();
        var evaluations = now.Evaluations.Where(e => e.Date <= asOf).ToArray();
        var extensions = now.Extensions
            .Where(e => e.RequestedOn <= asOf)
            .Select(e => e.DecidedOn > asOf ? e with { State = ExtensionState.Requested, DecidedBy = null, DecidedOn = null } : e)
            .ToArray();
        var request = now.Return is { } r && r.RequestedOn <= asOf
            ? r.DecidedOn > asOf ? r with { State = ReturnState.Requested, DecidedBy = null, DecidedOn = null } : r
            : null;
        var disclosure = now.Disclosure is { } d && d.DecidedOn <= asOf
            ? d.PublishedOn > asOf ? d with { PublishedOn = null } : d
            : null;
        var then = now with
        {
            SignedForOn = now.SignedForOn <= asOf ? now.SignedForOn : null,
            Replies = replies,
            Evaluations = evaluations,
            Extensions = extensions,
            Return = request,
            Disclosure = disclosure,
            FollowUpPending = now.Role.IsEvaluated() && replies.Length > 0 && replies[^1].ResultClass?.RequiresFollowUp == true,
        };
        return SuggestionItem.Restore(then with { Status = StatusOf(then) }, version: PastCopyPrefix + asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// The day a past copy shows, read from the version it carries; null for the version of a stored item (or none).
    /// </summary>
    public static DateOnly? DayOfCopy(string? version) =>
        version is not null && version.StartsWith(PastCopyPrefix, StringComparison.Ordinal)
        && DateOnly.TryParseExact(version.AsSpan(PastCopyPrefix.Length), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : null;

    private const string PastCopyPrefix = "as-of:";

    /// <summary>The date of the item's latest dated event (the assignment when nothing else happened).</summary>
    private static DateOnly LastEventOn(ItemSnapshot item)
    {
        DateOnly?[] dates =
        [
            item.AssignedOn, item.SignedForOn, item.Return?.RequestedOn, item.Return?.DecidedOn,
            item.Disclosure?.DecidedOn, item.Disclosure?.PublishedOn,
            .. item.Replies.Select(r => (DateOnly?)r.Date),
            .. item.Evaluations.Select(e => (DateOnly?)e.Date),
            .. item.Extensions.SelectMany(e => new[] { e.RequestedOn, e.DecidedOn }),
        ];
        return dates.OfType<DateOnly>().Max();
    }

    /// <summary>The status the item's events give, as <see cref="SuggestionItem"/>'s methods would have set it.</summary>
    private static ItemStatus StatusOf(ItemSnapshot item)
    {
        if (item.Return?.State == ReturnState.Approved)
        {
            return ItemStatus.Returned;
        }

        if (item.SignedForOn is null)
        {
            return ItemStatus.Assigned;
        }

        // Follow-ups do not change the status; every other reply is answered by at most one evaluation.
        var replies = item.Replies.Count(r => r.Round != ReplyRound.FollowUp);
        if (replies == 0)
        {
            return ItemStatus.SignedFor;
        }

        if (!item.Role.IsEvaluated())
        {
            return ItemStatus.Closed;
        }

        if (item.Evaluations.Count < replies)
        {
            return ItemStatus.Replied;
        }

        return item.Evaluations[^1].Result == EvaluationResult.Unsatisfied ? ItemStatus.Rehandling : ItemStatus.Closed;
    }
}
