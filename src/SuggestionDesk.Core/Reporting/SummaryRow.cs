namespace SuggestionDesk.Reporting;

/// <summary>The report's figures for one department or one session of a <see cref="SuggestionSummary"/>.</summary>
public sealed record SummaryRow : SummaryFigures
{
    internal SummaryRow(string key, SummaryTally tally)
        : base(tally) => Key = key;

    /// <summary>The department (处室) or session (e.g. 市七届人大一次会议) the row counts.</summary>
    public string Key { get; }
}
