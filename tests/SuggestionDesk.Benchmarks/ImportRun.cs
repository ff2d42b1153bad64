using SuggestionDesk.Storage;

namespace SuggestionDesk.Benchmarks;

/// <summary>What the child import reported: how long, how many items, its peak working set, the requests it sent, and where it wrote.</summary>
internal sealed record ImportRun(TableNames Names, int Items, TimeSpan Elapsed, long PeakWorkingSetBytes, int Requests)
{
    public double ItemsPerSecond => Items / Elapsed.TotalSeconds;

    /// <summary>Reading the file and checking every row against the store: all of it before the first write.</summary>
    public TimeSpan BeforeWriting { get; init; }

    /// <summary>The same file imported again in the same process (its code compiled by then), when asked for.</summary>
    public TimeSpan? Warm { get; init; }

    public double WarmItemsPerSecond => Warm is { } warm ? Items / warm.TotalSeconds : double.NaN;
}
