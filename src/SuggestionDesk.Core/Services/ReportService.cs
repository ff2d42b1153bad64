using SuggestionDesk.Calendar;
using SuggestionDesk.Items;
using SuggestionDesk.Ports;
using SuggestionDesk.Reporting;
using SuggestionDesk.Runs;

namespace SuggestionDesk.Services;

/// <summary>
/// The one path to the report for the standing committee, for every host (New-SuggestionReport, the report
/// Function): read the items and their contacts, build the view model with the summary figures, render it to a stream.
/// Given a run record store, a report written for someone (<see cref="WriteAsync(ReportOptions, Stream, string?, CancellationToken)"/>)
/// leaves a <see cref="RunRecord"/> of kind <see cref="RunKind.Report"/>, as the scheduled deliveries do. A session the
/// store holds no item of is refused (<see cref="SessionNotFoundException"/>) before anything is rendered or recorded.
/// </summary>
public sealed class ReportService(
    ISuggestionStore store, ItemDeadlines deadlines, IReportRenderer renderer, IRunRecordStore? records = null, TimeProvider? clock = null)
{
    /// <summary>Reads the items the options cover and builds the report's model.</summary>
    public async Task<ReportModel> BuildAsync(ReportOptions options, CancellationToken cancellationToken = default)
    {
        await CheckAsync(options, cancellationToken).ConfigureAwait(false);
        return await BuildCheckedAsync(options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Builds the report and writes it to <paramref name="output"/> (left open).</summary>
    public async Task<ReportResult> WriteAsync(ReportOptions options, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        await CheckAsync(options, cancellationToken).ConfigureAwait(false);
        return await WriteCheckedAsync(options, output, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Writes the report as <see cref="WriteAsync(ReportOptions, Stream, CancellationToken)"/> does and records the run
    /// as <paramref name="runBy"/>'s, for the day its figures describe, however it ends; nothing is recorded for no one,
    /// nor for options refused before the run (a blank or unknown session, a start after the end).
    /// </summary>
    public async Task<ReportResult> WriteAsync(ReportOptions options, Stream output, string? runBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        await CheckAsync(options, cancellationToken).ConfigureAwait(false);
        var day = (options.To ?? options.AsOf).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return await RunRecorder.RecordAsync(
            records, RunKind.Report, runBy, day, clock ?? TimeProvider.System,
            () => WriteCheckedAsync(options, output, cancellationToken), (_, begun) => begun, (result, _) => result, cancellationToken).ConfigureAwait(false);
    }

    private async Task CheckAsync(ReportOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        await KnownSessions.RequireAsync(store, options.Session, cancellationToken).ConfigureAwait(false);
    }

    private async Task<ReportModel> BuildCheckedAsync(ReportOptions options, CancellationToken cancellationToken)
    {
        var items = new List<SuggestionItem>();
        await foreach (var item in store.QueryAsync(new ItemQuery { Session = options.Session?.Trim() }, cancellationToken).ConfigureAwait(false))
        {
            items.Add(item);
        }

        var contacts = await store.ReadContactsAsync(items, cancellationToken).ConfigureAwait(false);
        return ReportModelBuilder.Build(items, contacts, new SummaryCalculator(deadlines), options);
    }

    private async Task<ReportResult> WriteCheckedAsync(ReportOptions options, Stream output, CancellationToken cancellationToken)
    {
        var model = await BuildCheckedAsync(options, cancellationToken).ConfigureAwait(false);
        int pages = renderer.Render(model, output, cancellationToken);
        return new ReportResult(model, pages);
    }
}
