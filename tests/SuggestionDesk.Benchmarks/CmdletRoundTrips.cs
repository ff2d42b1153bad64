using System.Diagnostics;
using Azure.Data.Tables;
using SuggestionDesk.Storage;
using SuggestionDesk.Testing;

namespace SuggestionDesk.Benchmarks;

/// <summary>
/// The cmdlets' requests and their wait with a round trip per request, in-process (<see cref="InProcessSession"/>) over
/// the 10,000 items of the first import: Set-Suggestion -Title, a second command's setup, Get-Suggestion listing
/// all, each against the raw SDK query of the same item rows (its pages counted, its time taken side by side).
/// </summary>
internal sealed class CmdletRoundTrips
{
    private const int Runs = 3;

    private CmdletRoundTrips()
    {
    }

    public int SetRequests { get; private init; }

    public int SetColdRequests { get; private init; }

    public int RepeatSetupRequests { get; private init; }

    public int GetRequests { get; private init; }

    public int RawPages { get; private init; }

    public double GetMilliseconds { get; private init; }

    public double RawMilliseconds { get; private init; }

    public double GetRtt10Milliseconds { get; private init; }

    public double RawRtt10Milliseconds { get; private init; }

    public static CmdletRoundTrips Measure(BenchContext context)
    {
        var names = context.Imports().First.Names;
        var numbers = context.Service.GetTableClient(names.Items)
            .Query<TableEntity>(TableClient.CreateQueryFilter($"RowKey ge {"i|"} and RowKey lt {"i}"}"), maxPerPage: 3, select: ["Number"])
            .Take(3).Select(e => e.GetString("Number")).ToArray();
        var (seen, other, cold) = (numbers[0], numbers[1], numbers[2]);

        int setRequests, setCold, repeat, getRequests;
        double get;
        using (var session = new InProcessSession(context, names.Prefix))
        {
            // The first command of the session loads what a session keeps (tables known, the calendar).
            session.Run($"Get-Suggestion -Number '{seen}' | Out-Null");
            setRequests = session.Count($"Set-Suggestion -Number '{seen}' -Title '关于加强智慧城市建设的建议'").Count;
            repeat = new[] { $"Get-Suggestion -Number '{other}'", $"Set-Suggestion -Number '{other}' -Title '关于推进数字政府建设的建议'", "Get-Suggestion -Status Closed | Select-Object -First 1" }
                .Max(script => SetupRequests(session.Count(script), names));
            getRequests = session.Count("Get-Suggestion | Out-Null").Count;
            get = Benchmarks.Measure.MedianMilliseconds(() => session.Run("Get-Suggestion | Out-Null"), Runs);
        }

        using (var fresh = new InProcessSession(context, names.Prefix))
        {
            setCold = fresh.Count($"Set-Suggestion -Number '{cold}' -Title '关于完善城市更新机制的建议'").Count;
        }

        var rawCounter = new RequestCounter();
        var rawTable = RoundTrip.RawTable(context, names.Items, rawCounter);
        RawQuery(rawTable);
        var pages = rawCounter.Count;
        var raw = Benchmarks.Measure.MedianMilliseconds(() => RawQuery(rawTable), Runs);

        double getRtt, rawRtt;
        using (var delayed = new InProcessSession(context, names.Prefix, RoundTrip.Azure))
        {
            var rawDelayed = RoundTrip.RawTable(context, names.Items, new RequestCounter(RoundTrip.Azure));
            delayed.Run("Get-Suggestion | Out-Null");
            RawQuery(rawDelayed);
            var (gets, raws) = (new double[Runs], new double[Runs]);
            for (var i = 0; i < Runs; i++)
            {
                gets[i] = Time(() => delayed.Run("Get-Suggestion | Out-Null"));
                raws[i] = Time(() => RawQuery(rawDelayed));
            }

            (getRtt, rawRtt) = (Benchmarks.Measure.Median(gets), Benchmarks.Measure.Median(raws));
        }

        BenchContext.Detail($"Set-Suggestion -Title: {setCold} requests on a number the session has not seen (number index, item, write), {setRequests} on one it has");
        BenchContext.Detail($"Get-Suggestion of 10,000 items in-process: {getRequests} requests (the raw query: {pages} pages), median {get:N0} ms (raw {raw:N0} ms); with {RoundTrip.Azure.TotalMilliseconds:N0} ms per request {getRtt:N0} ms (raw {rawRtt:N0} ms)");
        return new CmdletRoundTrips
        {
            SetRequests = setRequests,
            SetColdRequests = setCold,
            RepeatSetupRequests = repeat,
            GetRequests = getRequests,
            RawPages = pages,
            GetMilliseconds = get,
            RawMilliseconds = raw,
            GetRtt10Milliseconds = getRtt,
            RawRtt10Milliseconds = rawRtt,
        };
    }

    /// <summary>The raw SDK query of the item rows, session by session, as <see cref="GetVersusRawQuery"/> makes it.</summary>
    private static int RawQuery(TableClient items)
    {
        var rows = 0;
        foreach (var session in LedgerGenerator.Sessions.Select(s => KeyEncoder.Encode(s.Session)))
        {
            rows += items.Query<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {session} and RowKey ge {"i|"} and RowKey lt {"i}"}")).Count();
        }

        return rows;
    }

    /// <summary>Requests sent before the first that reads or writes items (table creation, calendar, settings).</summary>
    private static int SetupRequests(IReadOnlyList<SentRequest> requests, TableNames names)
    {
        var first = requests.ToList().FindIndex(r => r.Path.EndsWith("$batch", StringComparison.Ordinal)
            || r.IsOn(names.Items) || r.IsOn(names.Numbers) || r.IsOn(names.Sessions));
        return first < 0 ? requests.Count : first;
    }

    private static double Time(Action run)
    {
        var watch = Stopwatch.StartNew();
        run();
        return watch.Elapsed.TotalMilliseconds;
    }
}
