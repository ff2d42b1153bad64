using SuggestionDesk.Storage;

namespace SuggestionDesk.Benchmarks;

/// <summary>What the child import reported: how long, how many items, its peak working set, the requests it sent, and where it wrote.</summary>
internal sealed record ImportRun(TableNames Names, int Items, TimeSpan Elapsed, long PeakWorkingSetBytes, int Requests)
{
    public double ItemsPerSecond => Items / Elapsed.TotalSeconds;
}
