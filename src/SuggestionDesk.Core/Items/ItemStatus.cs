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
