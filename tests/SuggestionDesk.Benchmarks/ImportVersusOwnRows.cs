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

/// <summary>
/// <c>import_warm_vs_own_rows_ratio</c>: the same file imported again in the child process ÷ the same raw rows: the
/// import's own cost once the process has compiled its code (a first import pays the JIT of its whole path).
/// </summary>
internal sealed class ImportWarmVersusOwnRows(BenchContext context) : IBenchmark
{
    public string Name => "import_warm_vs_own_rows_ratio";

    public double Measure() => Math.Round(context.Imports().WarmVersusOwnRows, 2);
}

/// <summary>
/// <c>import_vs_own_rows_ceiling</c>: the most <c>import_vs_own_rows_ratio</c> can reach with the import's rule that
/// the whole file is read and checked before anything is written: raw rows ÷ (raw rows + the time before the first write).
/// </summary>
internal sealed class ImportVersusOwnRowsCeiling(BenchContext context) : IBenchmark
{
    public string Name => "import_vs_own_rows_ceiling";

    public double Measure() => Math.Round(context.Imports().CeilingVersusOwnRows, 2);
}
