namespace SuggestionDesk.Benchmarks;

/// <summary>
/// <c>import_rows_vs_raw_batch_ratio</c> and <c>import_rows_vs_single_ratio</c>: every row the import wrote (item,
/// history and number-index rows) upserted raw ÷ each baseline of bare item rows. No import that records each
/// item's creation and keeps numbers unique can do better than these, whatever its validation costs.
/// </summary>
internal sealed class ImportRowsLimit(BenchContext context, bool versusSingle) : IBenchmark
{
    public string Name => versusSingle ? "import_rows_vs_single_ratio" : "import_rows_vs_raw_batch_ratio";

    public double Measure() => Math.Round(versusSingle ? context.Imports().FloorVersusSingle : context.Imports().FloorVersusBatched, 2);
}
