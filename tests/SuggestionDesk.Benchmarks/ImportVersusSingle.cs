namespace SuggestionDesk.Benchmarks;

/// <summary><c>import_vs_single_ratio</c>: the import's throughput ÷ writing the same items one request per item.</summary>
internal sealed class ImportVersusSingle(BenchContext context) : IBenchmark
{
    public string Name => "import_vs_single_ratio";

    public double Measure() => Math.Round(context.Imports().VersusSingle, 2);
}
