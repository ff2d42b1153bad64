namespace SuggestionDesk.Reporting;

/// <summary>
/// The report's figures (基本情况) for a set of items as of a date: how many were received, by role, and how
/// their sign-for, reply, evaluation and publication stood. Returned items (退回) are left out of every figure
/// but <see cref="Returned"/>. Events dated after the as-of date count as not yet happened.
/// </summary>
public abstract record SummaryFigures
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
        Replied = tally.Replied;
        RepliedOnTime = tally.RepliedOnTime;
        EvaluationRequired = tally.EvaluationRequired;
        EvaluationReceived = tally.EvaluationReceived;
        Satisfied = tally.Satisfied;
        BasicallySatisfied = tally.BasicallySatisfied;
        Unsatisfied = tally.Unsatisfied;
        Published = tally.Published;
        Overdue = tally.Overdue;
        Returned = tally.Returned;
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

    /// <summary>
    /// Items with a first reply to the deputy or, for Joint items, an opinion sent to the lead unit, by the
    /// as-of date (已书面答复).
    /// </summary>
    public int Replied { get; }

    /// <summary>
    /// Items whose first reply (Joint: opinion to the lead unit) was made on or before its due date (按时答复).
    /// An approved extension's date is the due date when it was approved on or before the day of the reply.
    /// </summary>
    public int RepliedOnTime { get; }

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

    /// <summary>Items whose reply was published (公开) by the as-of date.</summary>
    public int Published { get; }

    /// <summary>
    /// Items with a sign-for, reply, Joint-opinion or re-handling reply clock whose due date lies before the
    /// as-of date without the step done by then. Due on the as-of date itself is not yet overdue.
    /// </summary>
    public int Overdue { get; }

    /// <summary>Items returned (退回) by the as-of date: counted here only, in no other figure.</summary>
    public int Returned { get; }

    /// <summary>Share of signed-for items signed for on time (<see cref="SignedOnTime"/> / <see cref="Signed"/>, unrounded); null when none is signed for.</summary>
    public decimal? SignedOnTimeRate => Rate(SignedOnTime, Signed);

    /// <summary>Share of replied items replied on time (<see cref="RepliedOnTime"/> / <see cref="Replied"/>, unrounded); null when none is replied.</summary>
    public decimal? RepliedOnTimeRate => Rate(RepliedOnTime, Replied);

    /// <summary>Share of evaluations back (<see cref="EvaluationReceived"/> / <see cref="EvaluationRequired"/>, unrounded); null when none is required.</summary>
    public decimal? EvaluationReceivedRate => Rate(EvaluationReceived, EvaluationRequired);

    /// <summary>Share of evaluations back that are satisfied (<see cref="Satisfied"/> / <see cref="EvaluationReceived"/>, unrounded); null when none is back.</summary>
    public decimal? SatisfiedRate => Rate(Satisfied, EvaluationReceived);

    private static decimal? Rate(int part, int whole) => whole == 0 ? null : (decimal)part / whole;
}
