using SuggestionDesk.Storage;

namespace SuggestionDesk.Benchmarks;

/// <summary>What the child import reported: how long, how many items, its peak working set, and where it wrote.</summary>
internal sealed record ImportRun(TableNames Names, int Items, TimeSpan Elapsed, long PeakWorkingSetBytes)
{
    public double ItemsPerSecond => Items / Elapsed.TotalSeconds;
}
