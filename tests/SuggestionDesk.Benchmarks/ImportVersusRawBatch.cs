namespace SuggestionDesk.Benchmarks;

/// <summary>
/// <c>import_vs_raw_batch_ratio</c>: the import's throughput ÷ the raw batched upsert of the same item entities
/// (100 per transaction, as many in parallel as the import runs), with no validation, history or number index.
/// </summary>
internal sealed class ImportVersusRawBatch(BenchContext context) : IBenchmark
{
    public string Name => "import_vs_raw_batch_ratio";

    public double Measure() => Math.Round(context.Imports().VersusBatched, 2);
}
