namespace SuggestionDesk.Benchmarks;

/// <summary><c>import_items_per_s</c>: items per second of the 10,000-row import, as Import-Suggestion runs it.</summary>
internal sealed class ImportThroughput(BenchContext context) : IBenchmark
{
    public string Name => "import_items_per_s";

    public double Measure() => Math.Round(context.Imports().ItemsPerSecond);
}
