namespace SuggestionDesk.Benchmarks;

/// <summary><c>import_10000_peak_mb</c>: the peak working set of the process that imported the 10,000 rows (the highest of the rounds).</summary>
internal sealed class ImportPeakMemory(BenchContext context) : IBenchmark
{
    public string Name => "import_10000_peak_mb";

    public double Measure() => Math.Round(context.Imports().PeakWorkingSetBytes / 1_048_576.0);
}
