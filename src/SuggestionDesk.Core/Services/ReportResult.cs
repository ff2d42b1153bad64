using SuggestionDesk.Reporting;

namespace SuggestionDesk.Services;

/// <summary>A written report: its model (the figures and text it holds) and how many pages it took.</summary>
/// <param name="Model">What the report says.</param>
/// <param name="Pages">Its page count.</param>
public sealed record ReportResult(ReportModel Model, int Pages)
{
    /// <summary>The number of items in its ledger annex.</summary>
    public int Items => Model.Ledger.Rows.Count;
}
