using SuggestionDesk.Calendar;
using SuggestionDesk.Items;

namespace SuggestionDesk.Actions;

/// <summary>
/// Which actions an item allows at a moment: the same steps its methods accept, read before a link is offered or a
/// page shown, so that a reminder carries links only for what is open. The item's methods still judge each change.
/// </summary>
public static class ActionRules
{
    /// <summary>The actions <paramref name="item"/> allows on <paramref name="today"/> that <paramref name="policy"/> has on.</summary>
    public static IReadOnlyList<ItemAction> Open(SuggestionItem item, ItemDeadlines deadlines, DateOnly today, ActionLinkPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return Enum.GetValues<ItemAction>().Where(a => policy.Allows(a) && Blocked(item, a, deadlines, today) is null).ToArray();
    }

    /// <summary>Why <paramref name="item"/> does not allow <paramref name="action"/> on <paramref name="today"/>; null when it does.</summary>
    public static ActionBlock? Blocked(SuggestionItem item, ItemAction action, ItemDeadlines deadlines, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(deadlines);
        if (item.Status == ItemStatus.Returned)
        {
            return ActionBlock.Returned;
        }

        return action switch
        {
            ItemAction.SignFor => item.Status == ItemStatus.Assigned ? null : ActionBlock.AlreadySignedFor,
            ItemAction.LogContact => null,
            ItemAction.ReportProgress => item.Status == ItemStatus.Assigned ? ActionBlock.NotSignedFor
                : item.Status is ItemStatus.SignedFor or ItemStatus.Rehandling || item.FollowUpPending ? null
                : ActionBlock.NothingDue,
            ItemAction.RequestExtension => Extension(item),
            ItemAction.RequestReturn => Return(item, deadlines, today),
            ItemAction.Reply => item.FollowUpPending || item.Status is ItemStatus.SignedFor or ItemStatus.Rehandling ? null
                : item.Status == ItemStatus.Assigned ? ActionBlock.NotSignedFor
                : ActionBlock.AlreadyReplied,
            _ => ActionBlock.NothingDue,
        };
    }

    private static ActionBlock? Extension(SuggestionItem item) =>
        item.Status is not (ItemStatus.Assigned or ItemStatus.SignedFor or ItemStatus.Rehandling) ? ActionBlock.AlreadyReplied
        : item.Extensions.Any(e => e.State == ExtensionState.Requested) ? ActionBlock.ExtensionPending
        : null;

    private static ActionBlock? Return(SuggestionItem item, ItemDeadlines deadlines, DateOnly today)
    {
        if (item.Status is not (ItemStatus.Assigned or ItemStatus.SignedFor))
        {
            return ActionBlock.ReturnWindowClosed;
        }

        if (item.Return?.State == ReturnState.Requested)
        {
            return ActionBlock.ReturnPending;
        }

        var window = deadlines.For(item).Single(d => d.Clock == DeadlineClock.Return);
        return today > window.Due ? ActionBlock.ReturnWindowClosed : null;
    }
}
