namespace SuggestionDesk.Reporting;

/// <summary>
/// The figures of the report for the standing committee as of a date, for every item or one session, with
/// the same figures by department and by session. Made by <see cref="SummaryCalculator"/>; immutable.
/// </summary>
public sealed record SuggestionSummary : SummaryFigures
{
    internal SuggestionSummary(DateOnly asOf, string? session, SummaryTally tally, IReadOnlyList<SummaryRow> byDepartment, IReadOnlyList<SummaryRow> bySession)
        : base(tally)
    {
        AsOf = asOf;
        Session = session;
        ByDepartment = byDepartment;
        BySession = bySession;
    }

    /// <summary>The day the figures describe: later events are not counted.</summary>
    public DateOnly AsOf { get; }

    /// <summary>The session the figures are limited to; null for every session.</summary>
    public string? Session { get; }

    /// <summary>The figures per handling department, in ordinal order of the department's name.</summary>
    public IReadOnlyList<SummaryRow> ByDepartment { get; }

    /// <summary>The figures per session, in the order the sessions' first items were assigned (then by name).</summary>
    public IReadOnlyList<SummaryRow> BySession { get; }
}
