namespace SuggestionDesk.Items;

/// <summary>Which reply this is: the first, one after re-handling, or a follow-up to a class B reply.</summary>
public enum ReplyRound
{
    /// <summary>The first reply (for Joint items: the opinion sent to the lead unit).</summary>
    First,

    /// <summary>The reply after an unsatisfied evaluation (重新办理).</summary>
    Rehandling,

    /// <summary>The further answer once a class B matter is solved (跟踪办理).</summary>
    FollowUp,
}

/// <summary>A written reply to the deputy (答复), or for Joint items the opinion sent to the lead unit.</summary>
/// <param name="Date">The reply's date.</param>
/// <param name="ResultClass">
/// The result class (办理结果分类); null only on a Joint opinion, whose class belongs to the lead unit's reply.
/// </param>
/// <param name="Text">The reply text, up to <see cref="TextRules.LongTextMaxLength"/> characters.</param>
/// <param name="Round">Which reply this is.</param>
/// <param name="FollowUpBy">
/// For a reply whose class requires follow-up (B): the date it promised the further answer by (跟踪反馈期限); null
/// when it named none, and then the deadline policy gives the date.
/// </param>
public sealed record Reply(DateOnly Date, ResultClass? ResultClass, string? Text, ReplyRound Round, DateOnly? FollowUpBy = null);
