using System.Diagnostics;
using System.Text;
using Azure.Data.Tables;
using SuggestionDesk.Calendar;
using SuggestionDesk.Items;
using SuggestionDesk.Spreadsheets;
using SuggestionDesk.Reminders;
using SuggestionDesk.Services;
using SuggestionDesk.Storage;

namespace SuggestionDesk.Benchmarks;

/// <summary>
/// <c>reminder_reads_per_open_item</c>: entities read by one reminder run (calendar, policy, open items, log,
/// directory: everything <see cref="ReminderService.PlanAsync(DateOnly, CancellationToken)"/> and its host read)
/// ÷ open items, in a store holding ten years of closed items (100,000) and 500 open ones. Measured twice: on an
/// empty log, and on the next day after the first run's messages were recorded as sent, as a daily run finds it.
/// </summary>
internal sealed class ReminderReads(BenchContext context) : IBenchmark
{
    private const int Years = 10;
    private const int ClosedPerYear = 10_000;
    private const int OpenPerYear = 50;

    public string Name => "reminder_reads_per_open_item";

    public double Measure()
    {
        var names = BenchContext.NewNames("rem");
        var counter = new EntityReadCounter();
        var options = new TableClientOptions();
        options.AddPolicy(counter, Azure.Core.HttpPipelinePosition.PerCall);
        var storage = SuggestionStorage.FromConnectionString(context.ConnectionString, names.Prefix, options);
        var open = Populate(storage, new TableServiceClient(context.ConnectionString).GetTableClient(names.Items));

        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, OfficeTime.China).DateTime);
        var first = Run(storage, counter, today, record: true);
        var next = Run(storage, counter, first.AsOf.AddDays(1), record: false);
        BenchContext.Detail($"reminder run on {first.AsOf:yyyy-MM-dd} (empty log): {first.Entities:N0} entities in {first.Requests:N0} GET requests, {first.Messages} messages planned");
        BenchContext.Detail($"reminder run on {next.AsOf:yyyy-MM-dd} (the log holds the first run's messages): {next.Entities:N0} entities in {next.Requests:N0} GET requests, {next.Messages} messages planned");
        return Math.Round(Math.Max(first.Entities, next.Entities) / (double)open, 2);
    }

    /// <summary>The run of the first working day from <paramref name="from"/> (on other days the planner sends nothing).</summary>
    private static (DateOnly AsOf, long Entities, long Requests, int Messages) Run(SuggestionStorage storage, EntityReadCounter counter, DateOnly from, bool record)
    {
        var asOf = from;
        ReminderPlan plan;
        while (true)
        {
            counter.Reset();
            plan = Task.Run(async () =>
            {
                var calendar = await new CalendarService(storage.Calendars, storage.Items, storage.DeadlinePolicies).LoadAsync();
                var policy = await storage.ReminderPolicies.GetAsync();
                var service = new ReminderService(storage.Items, storage.ReminderLog, storage.Directory, new ItemDeadlines(DeadlinePolicy.Default, calendar), policy, TimeProvider.System);
                return await service.PlanAsync(asOf);
            }).GetAwaiter().GetResult();
            if (plan.SkippedBecause is null || asOf > from.AddDays(14))
            {
                break;
            }

            asOf = asOf.AddDays(1);
        }

        var counted = (asOf, counter.Entities, counter.Requests, plan.Messages.Count);
        if (record)
        {
            Task.Run(async () =>
            {
                foreach (var message in plan.Messages)
                {
                    await storage.ReminderLog.RecordAsync(message.Keys, DateTimeOffset.UtcNow);
                }
            }).GetAwaiter().GetResult();
        }

        return counted;
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
