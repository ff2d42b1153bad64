using System.Globalization;
using Azure.Data.Tables;
using SuggestionDesk.Storage;

namespace SuggestionDesk.Benchmarks;

/// <summary>
/// <c>get_10000_vs_raw_query_ratio</c>: <c>Get-Suggestion | Out-Null</c> over the 10,000 imported items in pwsh
/// (median of five after a warm-up call in the same session) ÷ the raw SDK query of the same item rows in this
/// process (median of five after a warm-up).
/// </summary>
internal sealed class GetVersusRawQuery(BenchContext context) : IBenchmark
{
    private const int Runs = 5;

    public string Name => "get_10000_vs_raw_query_ratio";

    public double Measure()
    {
        var names = context.Imports().First.Names;
        var script = $$"""
            $ErrorActionPreference = 'Stop'
            Import-Module {{Pwsh.Quote(BenchContext.ModuleManifest)}}
            Connect-SuggestionStore -ConnectionString $env:{{SuggestionStorage.EnvironmentVariable}} -TablePrefix {{names.Prefix}} | Out-Null
            $count = (Get-Suggestion | Measure-Object).Count
            $times = foreach ($i in 1..{{Runs}}) { (Measure-Command { Get-Suggestion | Out-Null }).TotalMilliseconds }
            "$count " + (($times | ForEach-Object { $_.ToString([cultureinfo]::InvariantCulture) }) -join ' ')
            """;
        var (output, _) = Pwsh.Run(script, new Dictionary<string, string> { [SuggestionStorage.EnvironmentVariable] = context.ConnectionString });
        var fields = output.Trim().Split(' ');
        var count = int.Parse(fields[0], CultureInfo.InvariantCulture);
        var module = Benchmarks.Measure.Median(fields[1..].Select(f => double.Parse(f, CultureInfo.InvariantCulture)).ToArray());

        var items = context.Service.GetTableClient(names.Items);
        var sessions = LedgerGenerator.Sessions.Select(s => KeyEncoder.Encode(s.Session)).ToArray();
        var rows = 0;
        var raw = Benchmarks.Measure.MedianMilliseconds(() =>
        {
            rows = 0;
            foreach (var partition in sessions)
            {
                var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {"i|"} and RowKey lt {"i}"}");
                rows += items.Query<TableEntity>(filter).Count();
            }
        }, Runs);
        BenchContext.Detail($"Get-Suggestion in pwsh: {count:N0} items, median {module:N0} ms; raw SDK query: {rows:N0} entities, median {raw:N0} ms");
        return Math.Round(module / raw, 2);
    }
}
