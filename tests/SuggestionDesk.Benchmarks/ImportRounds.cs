namespace SuggestionDesk.Benchmarks;

/// <summary>
/// The import and its three baselines, measured side by side in rounds (import, then each baseline on the very rows
/// that import wrote), so that a burst of load on the shared machine moves one round, not the ratios: each ratio is
/// the median of its rounds' ratios.
/// </summary>
internal sealed class ImportRounds
{
    public const int Count = 3;

    private readonly List<Round> rounds = [];

    private ImportRounds()
    {
    }

    /// <summary>The first round's import: the tables other figures read (Get-Suggestion over 10,000 items).</summary>
    public ImportRun First => rounds[0].Import;

    public double ItemsPerSecond => Measure.Median(rounds.Select(r => r.Import.ItemsPerSecond));

    /// <summary>The import's wall time, median of the rounds.</summary>
    public TimeSpan Elapsed => TimeSpan.FromMilliseconds(Measure.Median(rounds.Select(r => r.Import.Elapsed.TotalMilliseconds)));

    public long PeakWorkingSetBytes => rounds.Max(r => r.Import.PeakWorkingSetBytes);

    public double VersusSingle => Measure.Median(rounds.Select(r => r.Import.ItemsPerSecond / r.Single));

    public double VersusBatched => Measure.Median(rounds.Select(r => r.Import.ItemsPerSecond / r.Batched));

    public double VersusOwnRows => Measure.Median(rounds.Select(r => r.Import.ItemsPerSecond / r.OwnRows));

    /// <summary>The same for the file imported again in the same process: what is left once the code is compiled.</summary>
    public double WarmVersusOwnRows => Measure.Median(rounds.Select(r => r.Import.WarmItemsPerSecond / r.OwnRows));

    /// <summary>
    /// The most <see cref="VersusOwnRows"/> can reach while the whole file is read and checked before the first write
    /// (nothing is written unless every row is valid): the raw writes of its rows ÷ those writes plus that time.
    /// </summary>
    public double CeilingVersusOwnRows => Measure.Median(rounds.Select(r =>
    {
        var raw = r.Import.Items / r.OwnRows;
        return raw / (raw + r.Import.BeforeWriting.TotalSeconds);
    }));

    /// <summary>The best an import writing these rows could reach against the batched baseline: its rows written raw ÷ that baseline.</summary>
    public double FloorVersusBatched => Measure.Median(rounds.Select(r => r.OwnRows / r.Batched));

    /// <summary>The same against the one-request-per-item baseline.</summary>
    public double FloorVersusSingle => Measure.Median(rounds.Select(r => r.OwnRows / r.Single));

    public static ImportRounds Run(BenchContext context)
    {
        var result = new ImportRounds();
        for (var i = 1; i <= Count; i++)
        {
            BenchContext.Detail($"import round {i} of {Count}");
            var import = ChildImport.Start(context, warm: true);
            var items = RawWrites.ItemEntities(context, import);
            BenchContext.Detail($"raw: {items.Count:N0} item entities read back, {items.Average(e => e.Count):N0} properties each");
            result.rounds.Add(new Round(
                import,
                RawWrites.BatchedItemsPerSecond(context, items),
                RawWrites.AllRowsItemsPerSecond(context, import),
                RawWrites.SingleItemsPerSecond(context, items)));
        }

        return result;
    }

    /// <summary>One import and the baselines measured right after it, in items per second.</summary>
    private sealed record Round(ImportRun Import, double Batched, double OwnRows, double Single);
}
