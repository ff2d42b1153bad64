using SuggestionDesk.Items;

namespace SuggestionDesk.Reporting;

/// <summary>
/// An item as it stood at the end of a past day: every dated event after it (sign-for, replies, evaluations,
/// extension and return requests and decisions, disclosure decision and publication) is taken back, so a
/// summary as of an earlier date gives the figures of that day.
/// </summary>
internal static class ItemAsOf
{
    /// <summary>The item as of <paramref name="asOf"/>; null when it was not yet assigned then.</summary>
    public static SuggestionItem? On(SuggestionItem item, DateOnly asOf)
    {
        var now = item.ToSnapshot();
        if (now.AssignedOn > asOf)
        {
            return null;
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
        return SuggestionItem.Restore(then with { Status = StatusOf(then) }, version: null);
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
