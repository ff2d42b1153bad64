using System.Diagnostics;
using System.Text;
using Azure.Data.Tables;
using SuggestionDesk.Items;
using SuggestionDesk.Services;
using SuggestionDesk.Spreadsheets;
using SuggestionDesk.Storage;

namespace SuggestionDesk.Benchmarks;

/// <summary>The store the reminder figures read: ten years of closed items (100,000) and 1,000 open ones.</summary>
internal static class ReminderStore
{
    private const int Years = 10;
    private const int ClosedPerYear = 10_000;
    private const int OpenPerYear = 100;

    /// <summary>Builds the store on a fresh prefix; returns its tables and how many items are open.</summary>
    public static (TableNames Names, int Open) Create(BenchContext context)
    {
        var names = BenchContext.NewNames("rem");
        var storage = SuggestionStorage.FromConnectionString(context.ConnectionString, names.Prefix);
        return (names, Populate(storage, new TableServiceClient(context.ConnectionString).GetTableClient(names.Items)));
    }

    /// <summary>
    /// Ten sessions, one a year. The closed items are built by the import's own rules (assigned, signed for,
    /// replied class A, evaluated satisfied) and written as the store writes item rows, in transactions of 100;
    /// the archive has no history rows or number index, which a reminder run never reads. The open items are
    /// added through the store itself, like any new item.
    /// </summary>
    private static int Populate(SuggestionStorage storage, TableClient items)
    {
        var watch = Stopwatch.StartNew();
        storage.Items.EnsureTablesAsync().GetAwaiter().GetResult();
        var open = 0;
        for (var year = 2016; year < 2016 + Years; year++)
        {
            var built = Build(year);
            var closed = built.Where(i => !i.IsOpen).ToList();
            if (closed.Count != ClosedPerYear)
            {
                throw new InvalidOperationException($"{year}: {closed.Count} of {ClosedPerYear} archive items are closed; the generator's rows should close them.");
            }

            var batches = closed
                .Select(i => ItemEntities.ToEntity(i.ToSnapshot(), KeyEncoder.Encode(i.Session), RowKeys.Item(KeyEncoder.Encode(i.Number.Value), open: false)))
                .Chunk(100)
                .ToList();
            Parallel.ForEachAsync(batches, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (batch, token) =>
                await items.SubmitTransactionAsync(batch.Select(e => new TableTransactionAction(TableTransactionActionType.Add, e)), token))
                .GetAwaiter().GetResult();
            var fresh = built.Where(i => i.IsOpen).ToList();
            Parallel.ForEachAsync(fresh, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (item, token) => await storage.Items.AddAsync(item, token))
                .GetAwaiter().GetResult();
            open += fresh.Count;
            BenchContext.Detail($"reminder store: {year}: {closed.Count:N0} closed + {fresh.Count} open written ({watch.Elapsed.TotalSeconds:N0} s so far)");
        }

        return open;
    }

    private static List<SuggestionItem> Build(int year)
    {
        var table = new CsvLedgerFormat().Read(new MemoryStream(Encoding.UTF8.GetBytes(LedgerGenerator.Archive(year, ClosedPerYear, OpenPerYear))));
        var capture = new CapturingStore();
        var result = new LedgerImportService(capture, new ChangeContext("性能测试", TimeProvider.System)).ImportAsync(table, skipInvalid: false).GetAwaiter().GetResult();
        if (result.Refused)
        {
            throw new InvalidOperationException($"The {year} archive ledger was refused: {string.Join("; ", result.Errors.Take(5))}");
        }

        return [.. capture.Added];
    }
}
