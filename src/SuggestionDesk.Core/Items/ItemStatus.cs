namespace SuggestionDesk.Items;

/// <summary>Where an item is in its life. Side paths (return, extension, follow-up, disclosure) are tracked beside it.</summary>
public enum ItemStatus
{
    /// <summary>交办: assigned to a department and owner, not yet signed for.</summary>
    Assigned,

    /// <summary>签收: signed for and being handled.</summary>
    SignedFor,

    /// <summary>答复: replied to the deputy, awaiting the evaluation.</summary>
    Replied,

    /// <summary>重新办理: re-handling after an unsatisfied evaluation; a new reply is due.</summary>
    Rehandling,

    /// <summary>办结: evaluated (or, for Joint items, the opinion was sent to the lead unit).</summary>
    Closed,

    /// <summary>退回: the assignment was wrong and the return was approved; nothing more is due from us.</summary>
    Returned,
}

/// <summary>Names of the statuses for people.</summary>
public static class ItemStatusNames
{
    /// <summary>The words for each status, as the item views show them (已签收); the bare verbs (签收) are read too.</summary>
    public static EnumWords<ItemStatus> Words { get; } = new(
        "status",
        (ItemStatus.Assigned, ["已交办"], ["交办", "待签收"]),
        (ItemStatus.SignedFor, ["已签收"], ["签收", "办理中"]),
        (ItemStatus.Replied, ["已答复"], ["答复", "待评价"]),
        (ItemStatus.Rehandling, ["重新办理"], []),
        (ItemStatus.Closed, ["已办结"], ["办结"]),
        (ItemStatus.Returned, ["已退回"], ["退回"]));

    /// <summary>The Chinese name, e.g. 已签收.</summary>
    public static string ChineseName(this ItemStatus status) => Words.ChineseName(status);
}
