using System.Diagnostics;
using Azure.Data.Tables;
using SuggestionDesk.Testing;

namespace SuggestionDesk.Benchmarks;

/// <summary>
/// The import with a round trip per request (<see cref="RoundTrip.Azure"/>), against one UpsertEntity request per item
/// with the same delay; and a 1,000-row ledger imported and reported on, on localhost and with the delay, for the
/// table of what a user waits for.
/// </summary>
internal sealed class ImportLatency
{
    // Sequential single upserts with the delay run at about 90 a second: a sample gives their rate.
    private const int SingleSample = 300;

    private ImportLatency()
    {
    }

    public ImportRun Rtt10 { get; private init; } = null!;

    public double SingleRtt10ItemsPerSecond { get; private init; }

    public ImportRun Thousand { get; private init; } = null!;

    public ImportRun ThousandRtt10 { get; private init; } = null!;

    public double ReportSeconds { get; private init; }

    public double ReportRtt10Seconds { get; private init; }

    public static ImportLatency Measure(BenchContext context)
    {
        var rtt = ChildImport.Start(context, RoundTrip.Azure);
        var items = RawWrites.ItemEntities(context, context.Imports().First).Take(SingleSample).ToList();
        var table = RoundTrip.RawTable(context, BenchContext.NewNames("single").Items, new RequestCounter(RoundTrip.Azure));
        table.CreateIfNotExists();
        var watch = Stopwatch.StartNew();
        foreach (var entity in items)
        {
            table.UpsertEntity(entity, TableUpdateMode.Replace);
        }

        var single = items.Count / watch.Elapsed.TotalSeconds;
        BenchContext.Detail($"raw single upserts with {RoundTrip.Azure.TotalMilliseconds:N0} ms per request: {items.Count:N0} in {watch.Elapsed.TotalSeconds:N1} s = {single:N0} items/s");

        var ledger = Path.Combine(context.WorkFolder, "ledger-1000.csv");
        LedgerGenerator.WriteMixed(ledger, 1_000);
        var thousand = ChildImport.Start(context, ledger: ledger);
        var thousandRtt = ChildImport.Start(context, RoundTrip.Azure, ledger);
        var report = Report(context, thousand, TimeSpan.Zero);
        var reportRtt = Report(context, thousandRtt, RoundTrip.Azure);
        BenchContext.Detail($"New-SuggestionReport of the 1,000 items in-process: {report:N1} s; with {RoundTrip.Azure.TotalMilliseconds:N0} ms per request {reportRtt:N1} s");
        return new ImportLatency
        {
            Rtt10 = rtt,
            SingleRtt10ItemsPerSecond = single,
            Thousand = thousand,
            ThousandRtt10 = thousandRtt,
            ReportSeconds = report,
            ReportRtt10Seconds = reportRtt,
        };
    }

    /// <summary>The second New-SuggestionReport of a session (the first pays loading fonts and code), in seconds.</summary>
    private static double Report(BenchContext context, ImportRun import, TimeSpan delay)
    {
        using var session = new InProcessSession(context, import.Names.Prefix, delay);
        var path = Path.Combine(context.WorkFolder, $"report-{import.Names.Prefix}.pdf");
        var script = $"New-SuggestionReport -Path '{path}' -Confirm:$false | Out-Null";
        session.Run(script);
        var watch = Stopwatch.StartNew();
        session.Run(script);
        return watch.Elapsed.TotalSeconds;
    }
}
