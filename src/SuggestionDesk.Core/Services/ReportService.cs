using SuggestionDesk.Calendar;
using SuggestionDesk.Items;
using SuggestionDesk.Ports;
using SuggestionDesk.Reporting;

namespace SuggestionDesk.Services;

/// <summary>
/// The one path to the report for the standing committee, for every host (New-SuggestionReport, the report
/// Function): read the items and their contacts, build the view model with the summary figures, render it to a stream.
/// </summary>
public sealed class ReportService(ISuggestionStore store, ItemDeadlines deadlines, IReportRenderer renderer)
{
    /// <summary>Reads the items the options cover and builds the report's model.</summary>
    public async Task<ReportModel> BuildAsync(ReportOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var items = new List<SuggestionItem>();
        await foreach (var item in store.QueryAsync(new ItemQuery { Session = options.Session?.Trim() }, cancellationToken).ConfigureAwait(false))
        {
            items.Add(item);
        }

        var contacts = await store.ReadContactsAsync(items, cancellationToken).ConfigureAwait(false);
        return ReportModelBuilder.Build(items, contacts, new SummaryCalculator(deadlines), options);
    }

    /// <summary>Builds the report and writes it to <paramref name="output"/> (left open).</summary>
    public async Task<ReportResult> WriteAsync(ReportOptions options, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        var model = await BuildAsync(options, cancellationToken).ConfigureAwait(false);
        int pages = renderer.Render(model, output, cancellationToken);
        return new ReportResult(model, pages);
    }
}
