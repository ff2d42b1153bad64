using SuggestionDesk.Items;

namespace SuggestionDesk.Reporting;

/// <summary>
/// The report's figures (基本情况) for a set of items as of a date: how many were received, by role, and how
/// their sign-for, reply, evaluation, re-handling, follow-up and publication stood. Returned items (退回) are left out
/// of every figure but <see cref="Returned"/>. Events dated after the as-of date count as not yet happened.
/// </summary>
/// <remarks>
/// The on-time rates count every item whose clock has run out, not only the items that took the step: an item not
/// signed for by its due date counts against <see cref="SignedOnTimeRate"/> as an item signed late does, so a rate
/// of 100 % never stands beside overdue items.
/// </remarks>
public abstract partial record SummaryFigures
{
    internal SummaryFigures(SummaryTally tally)
    {
        Total = tally.Total;
        Lead = tally.Lead;
        Sole = tally.Sole;
        Split = tally.Split;
        Joint = tally.Joint;
        Signed = tally.Signed;
        SignedOnTime = tally.SignedOnTime;
        NotSignedPastDue = tally.NotSignedPastDue;
        Replied = tally.Replied;
        RepliedOnTime = tally.RepliedOnTime;
        NotRepliedPastDue = tally.NotRepliedPastDue;
        EvaluationRequired = tally.EvaluationRequired;
        EvaluationReceived = tally.EvaluationReceived;
        Satisfied = tally.Satisfied;
        BasicallySatisfied = tally.BasicallySatisfied;
        Unsatisfied = tally.Unsatisfied;
        Rehandled = tally.Rehandled;
        RehandledSatisfied = tally.RehandledSatisfied;
        RehandledBasicallySatisfied = tally.RehandledBasicallySatisfied;
        RehandledUnsatisfied = tally.RehandledUnsatisfied;
        FollowUpPending = tally.FollowUpPending;
        FollowUpClasses = tally.FollowUpClasses;
        Published = tally.Published;
        Overdue = tally.Overdue;
        Returned = tally.Returned;
        contactsByMethod = new Dictionary<ContactMethod, int>(tally.ContactsByMethod);
        contactsByPhase = new Dictionary<ContactPhase, int>(tally.ContactsByPhase);
        LedByOfficial = tally.Led;
        byPriority = new Dictionary<ItemPriority, int>(tally.ByPriority);
        ledByPriority = new Dictionary<ItemPriority, int>(tally.LedByPriority);
    }

    /// <summary>Items received: assigned on or before the as-of date, returned ones excepted (共接收办理…件).</summary>
    public int Total { get; }

    /// <summary>Of <see cref="Total"/>, items our unit leads (主办件).</summary>
    public int Lead { get; }

    /// <summary>Of <see cref="Total"/>, items our unit handles alone (承办件).</summary>
    public int Sole { get; }

    /// <summary>Of <see cref="Total"/>, items split between units, of which we answer our part (分办件).</summary>
    public int Split { get; }

    /// <summary>Of <see cref="Total"/>, items another unit leads, to which we send our opinion (会办件 / 汇办件).</summary>
    public int Joint { get; }

    /// <summary>Items signed for (签收) by the as-of date.</summary>
    public int Signed { get; }

    /// <summary>Items signed for on or before the sign-for clock's due date (按时签收).</summary>
    public int SignedOnTime { get; }

    /// <summary>Items not signed for whose sign-for due date lies before the as-of date (超期未签收).</summary>
    public int NotSignedPastDue { get; }

    /// <summary>
    /// Items with a first reply to the deputy or, for Joint items, an opinion sent to the lead unit, by the
    /// as-of date (已书面答复).
    /// </summary>
    public int Replied { get; }

    /// <summary>
    /// Of <see cref="Replied"/>, items whose every reply came by its due date (按时答复): the first reply (Joint: the
    /// opinion to the lead unit) and each reply after re-handling; an item whose re-handling reply is past due and not
    /// yet made is not on time. An approved extension's date is the due date when it was approved on or before the
    /// day of the reply.
    /// </summary>
    public int RepliedOnTime { get; }

    /// <summary>Items without a first reply (Joint: opinion) whose due date lies before the as-of date (超期未答复).</summary>
    public int NotRepliedPastDue { get; }

    /// <summary>Items the deputy evaluates: every Lead, Sole and Split item (需要代表评价).</summary>
    public int EvaluationRequired { get; }

    /// <summary>Items with at least one evaluation back by the as-of date (已收到评价).</summary>
    public int EvaluationReceived { get; }

    /// <summary>Items whose latest evaluation is satisfied (满意).</summary>
    public int Satisfied { get; }

    /// <summary>Items whose latest evaluation is basically satisfied (基本满意).</summary>
    public int BasicallySatisfied { get; }

    /// <summary>Items whose latest evaluation is unsatisfied (不满意); they are re-handled.</summary>
    public int Unsatisfied { get; }

    /// <summary>Items replied to again after an unsatisfied evaluation (经重新办理).</summary>
    public int Rehandled { get; }

    /// <summary>Of <see cref="Rehandled"/>, items the deputy evaluated as satisfied after the re-handling (重新办理后评价为满意).</summary>
    public int RehandledSatisfied { get; }

    /// <summary>Of <see cref="Rehandled"/>, items evaluated as basically satisfied after the re-handling.</summary>
    public int RehandledBasicallySatisfied { get; }

    /// <summary>Of <see cref="Rehandled"/>, items evaluated as unsatisfied again after the re-handling.</summary>
    public int RehandledUnsatisfied { get; }

    /// <summary>Of <see cref="Rehandled"/>, items whose evaluation of the re-handling reply is not back yet.</summary>
    public int RehandledAwaitingEvaluation => Rehandled - RehandledSatisfied - RehandledBasicallySatisfied - RehandledUnsatisfied;

    /// <summary>
    /// Items whose latest reply to the deputy is of a class answered again once solved (B, 正在解决或列入计划) and whose
    /// follow-up answer is not yet recorded (正在跟踪落实).
    /// </summary>
    public int FollowUpPending { get; }

    /// <summary>The classes of the replies counted in <see cref="FollowUpPending"/>, e.g. B.</summary>
    public IReadOnlyList<string> FollowUpClasses { get; }

    /// <summary>Items whose reply was published (公开) by the as-of date.</summary>
    public int Published { get; }

    /// <summary>
    /// Items with a sign-for, reply, Joint-opinion or re-handling reply clock whose due date lies before the
    /// as-of date without the step done by then. Due on the as-of date itself is not yet overdue.
    /// </summary>
    public int Overdue { get; }

    /// <summary>Items returned (退回) by the as-of date: counted here only, in no other figure.</summary>
    public int Returned { get; }

    /// <summary>
    /// 按时签收率: items signed for on time out of every item whose sign-for is counted, the signed ones and those past due
    /// without it (<see cref="SignedOnTime"/> / (<see cref="Signed"/> + <see cref="NotSignedPastDue"/>), unrounded);
    /// null when none is counted yet.
    /// </summary>
    public decimal? SignedOnTimeRate => Rate(SignedOnTime, Signed + NotSignedPastDue);

    /// <summary>
    /// 按时答复率: items replied to on time out of every item whose reply is counted, the replied ones and those past due
    /// without it (<see cref="RepliedOnTime"/> / (<see cref="Replied"/> + <see cref="NotRepliedPastDue"/>), unrounded);
    /// null when none is counted yet.
    /// </summary>
    public decimal? RepliedOnTimeRate => Rate(RepliedOnTime, Replied + NotRepliedPastDue);

    /// <summary>Share of evaluations back (<see cref="EvaluationReceived"/> / <see cref="EvaluationRequired"/>, unrounded); null when none is required.</summary>
    public decimal? EvaluationReceivedRate => Rate(EvaluationReceived, EvaluationRequired);

    /// <summary>Share of evaluations back that are satisfied (<see cref="Satisfied"/> / <see cref="EvaluationReceived"/>, unrounded); null when none is back.</summary>
    public decimal? SatisfiedRate => Rate(Satisfied, EvaluationReceived);

    private static decimal? Rate(int part, int whole) => whole == 0 ? null : (decimal)part / whole;
}
