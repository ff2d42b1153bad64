namespace SuggestionDesk.Items;

/// <summary>
/// When in the handling a contact with the deputy took place: before it (办前商谈, agreeing how to handle the item),
/// during it (办时共商, working out the answer together) or after the reply (办后征询, asking the deputy's view).
/// </summary>
public enum ContactPhase
{
    /// <summary>办前: on or before the day the item was signed for.</summary>
    Before,

    /// <summary>办时: after the sign-for, up to and including the day of the reply (or of a re-handling reply).</summary>
    During,

    /// <summary>办后: after the reply (for a Joint item, after the opinion went to the lead unit).</summary>
    After,
}

/// <summary>Names of the phases for people, and the rule that places a contact when none is given.</summary>
public static class ContactPhases
{
    /// <summary>The words for each phase: the short ones people type, and the report's four-character ones (办前商谈).</summary>
    public static EnumWords<ContactPhase> Words { get; } = new(
        "contact phase",
        (ContactPhase.Before, ["办前"], ["办前商谈", "办理前"]),
        (ContactPhase.During, ["办时"], ["办时共商", "办中", "办理中"]),
        (ContactPhase.After, ["办后"], ["办后征询", "办理后"]));

    /// <summary>The Chinese name, e.g. 办前.</summary>
    public static string ChineseName(this ContactPhase phase) => Words.ChineseName(phase);

    /// <summary>
    /// The phase of a contact on <paramref name="date"/>, from where <paramref name="item"/> stood when that day began
    /// (the day's own events not yet counted): not yet signed for, so on the sign-for day itself too, is
    /// <see cref="ContactPhase.Before"/>; signed for and not yet replied to, so on the reply day itself too, is
    /// <see cref="ContactPhase.During"/>, and so is a re-handling after an unsatisfied evaluation until its reply;
    /// replied to (a Joint opinion sent) is <see cref="ContactPhase.After"/>. Follow-up answers to a class B reply do not
    /// move a contact back: after the reply it stays after.
    /// </summary>
    public static ContactPhase Infer(ItemSnapshot item, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.SignedForOn is not { } signed || date <= signed)
        {
            return ContactPhase.Before;
        }

        var replies = item.Replies.Count(r => r.Round != ReplyRound.FollowUp && r.Date < date);
        if (replies == 0)
        {
            return ContactPhase.During;
        }

        // Each reply to the deputy is answered by at most one evaluation; an unsatisfied one reopens the handling.
        var evaluations = item.Evaluations.Where(e => e.Date < date).ToArray();
        var rehandling = item.Role.IsEvaluated() && evaluations.Length >= replies && evaluations[^1].Result == EvaluationResult.Unsatisfied;
        return rehandling ? ContactPhase.During : ContactPhase.After;
    }
}
