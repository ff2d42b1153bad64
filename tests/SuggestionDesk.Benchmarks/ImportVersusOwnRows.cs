namespace SuggestionDesk.Benchmarks;

/// <summary>
/// <c>import_vs_own_rows_ratio</c>: the import's throughput ÷ the raw batched upsert of every row it wrote (item,
/// history and number-index rows): how much of the gap to the bare item rows is the import's own work rather than
/// the rows that keep history and numbers unique.
/// </summary>
internal sealed class ImportVersusOwnRows(BenchContext context) : IBenchmark
{
    public string Name => "import_vs_own_rows_ratio";

    public double Measure() => Math.Round(context.Imports().VersusOwnRows, 2);
}
