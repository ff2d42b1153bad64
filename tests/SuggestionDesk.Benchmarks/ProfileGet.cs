using System.Diagnostics;
using Azure.Data.Tables;
using SuggestionDesk.Calendar;
using SuggestionDesk.Items;
using SuggestionDesk.Ports;
using SuggestionDesk.Services;
using SuggestionDesk.Storage;

namespace SuggestionDesk.Benchmarks;

internal sealed class ProfileGet(BenchContext context) : IBenchmark
{
    public string Name => "profile_get";

    public double Measure()
    {
        var run = ChildImport.Start(context);
        var names = run.Names;
        var items = context.Service.GetTableClient(names.Items);
        var sessions = LedgerGenerator.Sessions.Select(s => KeyEncoder.Encode(s.Session)).ToArray();
        void Raw()
        {
            foreach (var partition in sessions)
            {
                var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {"i|"} and RowKey lt {"i}"}");
                _ = items.Query<TableEntity>(filter).Count();
            }
        }

        string[] select = [.. ItemEntities.DocumentColumns];
        var entities = new List<TableEntity>();
        void RawSelect()
        {
            entities.Clear();
            foreach (var partition in sessions)
            {
                var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {"i|"} and RowKey lt {"i}"}");
                entities.AddRange(items.Query<TableEntity>(filter, select: select));
            }
        }

        void Parse()
        {
            foreach (var e in entities)
            {
                _ = ItemEntities.FromEntity(e);
            }
        }

        var store = new TableSuggestionStore(context.Service, names);
        void Store() => Task.Run(async () => { var n = 0; await foreach (var _ in store.QueryAsync(new ItemQuery())) { n++; } }).GetAwaiter().GetResult();
        var service = new SuggestionService(store, new ItemDeadlines(DeadlinePolicy.Default, WorkingDayCalendar.BuiltIn), TimeProvider.System);
        void Service() => Task.Run(async () => { var n = 0; await foreach (var _ in service.QueryAsync(new ItemFilter { AsOf = DateOnly.FromDateTime(DateTime.Today) })) { n++; } }).GetAwaiter().GetResult();
        using var session = new InProcessSession(context, names.Prefix);
        void Get() => session.Run("Get-Suggestion | Out-Null");
        void GetColumns() => session.Run("Get-Suggestion | ForEach-Object NextDue | Out-Null");
        var runs = new (string Name, Action Run)[] { ("raw", Raw), ("select", RawSelect), ("parse", Parse), ("store", Store), ("service", Service), ("get", Get), ("get+NextDue", GetColumns) };
        var times = runs.ToDictionary(r => r.Name, _ => new List<double>());
        for (var round = 0; round < 6; round++)
        {
            foreach (var (name, step) in runs)
            {
                GC.Collect();
                var watch = Stopwatch.StartNew();
                step();
                if (round > 0)
                {
                    times[name].Add(watch.Elapsed.TotalMilliseconds);
                }
            }
        }

        BenchContext.Detail(string.Join(", ", times.Select(t => $"{t.Key} {Benchmarks.Measure.Median(t.Value):N0} ms")));
        BenchContext.Detail($"get requests: {session.Count("Get-Suggestion | Out-Null").Count}");
        return 0;
    }
}
