using Azure.Core;
using Azure.Data.Tables;
using SuggestionDesk.Testing;

namespace SuggestionDesk.Benchmarks;

/// <summary>The simulated network: a fixed delay per request, a typical office-to-region round trip.</summary>
internal static class RoundTrip
{
    public static readonly TimeSpan Azure = TimeSpan.FromMilliseconds(10);

    /// <summary>A raw table client whose every request is counted by <paramref name="counter"/> (and delayed by its delay).</summary>
    public static TableClient RawTable(BenchContext context, string table, RequestCounter counter)
    {
        var options = new TableClientOptions();
        options.AddPolicy(counter, HttpPipelinePosition.PerRetry);
        return new TableServiceClient(context.ConnectionString, options).GetTableClient(table);
    }
}
