using SuggestionDesk.Items;
using SuggestionDesk.Ledger;
using SuggestionDesk.Localization;
using SuggestionDesk.Ports;

namespace SuggestionDesk.Services;

/// <summary>
/// Imports a ledger (台账) into the store, with its measures (办理措施) when it carries them, or measures alone. The
/// whole file is validated first, by building every item in memory through its own methods against what the store
/// holds; only then is anything written, and only if no row is invalid (unless invalid rows are to be skipped). Rows
/// whose item is already as the row says write nothing, so importing the same file again changes nothing.
/// </summary>
public sealed class LedgerImportService
{
    // Saves of changed items are independent; a few at a time keeps large ledgers quick without crowding the
    // storage account (Azurite measured: 4 parallel ≈ 1.5× sequential throughput).
    private const int Parallelism = 4;

    // New items handed to the store at once: enough for it to fill transactions of 100 rows, few enough that
    // progress moves and a failure leaves about a known prefix of the file written (ChunksInFlight are in flight).
    private const int AddChunk = 1_000;

    // Chunks of new items in flight at once: while some wait for the service (in Azure, a network round trip each),
    // the next is built and serialised, and claims of one overlap the writes of another.
    private const int ChunksInFlight = 3;

    // Rows whose stored items are read at once while validating: few requests per chunk, and progress moves.
    private const int ReadChunk = 1_000;

    private readonly ISuggestionStore store;
    private readonly ChangeContext by;
    private readonly ResultClassScheme scheme;

    /// <summary>An import into <paramref name="store"/> made by <paramref name="by"/>, reading result classes from <paramref name="scheme"/> (default A–D).</summary>
    public LedgerImportService(ISuggestionStore store, ChangeContext by, ResultClassScheme? scheme = null)
    {
        this.store = store ?? throw new ArgumentNullException(nameof(store));
        this.by = by ?? throw new ArgumentNullException(nameof(by));
        this.scheme = scheme ?? ResultClassScheme.Default;
    }

    /// <summary>
    /// Imports <paramref name="table"/>. With any invalid row, nothing is written and every bad row is reported
    /// (<see cref="LedgerImportResult.Refused"/>); with <paramref name="skipInvalid"/>, the valid rows are
    /// written and the others reported. A failure of the store while writing leaves the rows before it written;
    /// importing the same file again completes the rest.
    /// </summary>
    public Task<LedgerImportResult> ImportAsync(
        LedgerTable table, bool skipInvalid, IProgress<LedgerImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        return ImportTablesAsync(table, table.Points, skipInvalid, progress, cancellationToken);
    }

    /// <summary>
    /// Imports measures alone (<paramref name="points"/>, a table of <see cref="PointColumns"/>) into items already
    /// stored, under the same rules as <see cref="ImportAsync(LedgerTable, bool, IProgress{LedgerImportProgress}?, CancellationToken)"/>.
    /// </summary>
    public Task<LedgerImportResult> ImportPointsAsync(
        LedgerTable points, bool skipInvalid, IProgress<LedgerImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(points);
        return ImportTablesAsync(null, points, skipInvalid, progress, cancellationToken);
    }

    private async Task<LedgerImportResult> ImportTablesAsync(
        LedgerTable? table, LedgerTable? points, bool skipInvalid, IProgress<LedgerImportProgress>? progress, CancellationToken cancellationToken)
    {
        var plan = await PlanAsync(table, points, progress, cancellationToken).ConfigureAwait(false);
        if (plan.Refuses(skipInvalid))
        {
            return plan.Result(refused: true);
        }

        var writes = plan.Rows.Where(r => r.Changed).ToArray();
        var done = 0;
        progress?.Report(new LedgerImportProgress(LedgerImportPhase.Writing, 0, writes.Length));
        // New items go to the store in chunks it can write several to a transaction, a few chunks in flight (one
        // claims its numbers while those before write their rows, the next is built meanwhile); changes of
        // existing items are saved one by one, each conditional on the version validation read.
        var inFlight = new Queue<(Task Task, int Count)>();
        foreach (var chunk in writes.Where(r => r.IsNew).Chunk(AddChunk))
        {
            if (inFlight.Count == ChunksInFlight)
            {
                done += await OldestAsync(inFlight).ConfigureAwait(false);
                progress?.Report(new LedgerImportProgress(LedgerImportPhase.Writing, done, writes.Length));
            }

            inFlight.Enqueue((AddAsync(chunk, cancellationToken), chunk.Length));
        }

        while (inFlight.Count > 0)
        {
            done += await OldestAsync(inFlight).ConfigureAwait(false);
        }

        await Parallel.ForEachAsync(writes.Where(r => !r.IsNew), Options(cancellationToken), async (row, token) =>
        {
            await SaveAsync(row, token).ConfigureAwait(false);
            progress?.Report(new LedgerImportProgress(LedgerImportPhase.Writing, Interlocked.Increment(ref done), writes.Length));
        }).ConfigureAwait(false);

        // Reports from parallel rows may arrive out of order; the last one always says the pass is complete.
        progress?.Report(new LedgerImportProgress(LedgerImportPhase.Writing, writes.Length, writes.Length));

        return plan.Result(refused: false);
    }

    /// <summary>
    /// Checks <paramref name="table"/> exactly as <see cref="ImportAsync"/> would and counts what it would create,
    /// update and leave unchanged, and whether it would refuse the file, writing nothing (for -WhatIf).
    /// </summary>
    public async Task<LedgerImportResult> ValidateAsync(
        LedgerTable table, bool skipInvalid = false, IProgress<LedgerImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        var plan = await PlanAsync(table, table.Points, progress, cancellationToken).ConfigureAwait(false);
        return plan.Result(refused: plan.Refuses(skipInvalid));
    }

    /// <summary>Checks measures alone exactly as <see cref="ImportPointsAsync"/> would, writing nothing (for -WhatIf).</summary>
    public async Task<LedgerImportResult> ValidatePointsAsync(
        LedgerTable points, bool skipInvalid = false, IProgress<LedgerImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(points);
        var plan = await PlanAsync(null, points, progress, cancellationToken).ConfigureAwait(false);
        return plan.Result(refused: plan.Refuses(skipInvalid));
    }

    private async Task<LedgerImportPlan> PlanAsync(
        LedgerTable? table, LedgerTable? pointTable, IProgress<LedgerImportProgress>? progress, CancellationToken cancellationToken)
    {
        var validation = table is null ? null : LedgerValidation.Check(table, scheme);
        var points = pointTable is null ? null : PointValidation.Check(pointTable);
        var plan = new LedgerImportPlan(validation, points);
        if (plan.HeaderFailed)
        {
            return plan;
        }

        var entries = validation?.Entries ?? [];
        var pointsOf = (points?.Entries ?? []).GroupBy(p => p.Number.Value, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        var pointsAlone = PointsAlone(plan, validation, pointsOf);
        var total = entries.Count + pointsAlone.Length;
        var outcomes = new LedgerRowOutcome?[total];
        progress?.Report(new LedgerImportProgress(LedgerImportPhase.Validating, 0, total));
        // The store reads a chunk's items together; each row is then built against what it read.
        // The next chunk's items are read while this one is built.
        var chunks = entries.Chunk(ReadChunk).ToArray();
        var reading = chunks.Length == 0 ? null : ReadAsync(chunks[0]);
        for (var c = 0; c < chunks.Length; c++)
        {
            var (offset, chunk) = (c * ReadChunk, chunks[c]);
            var stored = await reading!.ConfigureAwait(false);
            reading = c + 1 < chunks.Length ? ReadAsync(chunks[c + 1]) : null;
            Parallel.For(0, chunk.Length, new ParallelOptions { CancellationToken = cancellationToken },
                i => outcomes[offset + i] = Build(chunk[i], stored[i], pointsOf.GetValueOrDefault(chunk[i].Number.Value) ?? []));
            progress?.Report(new LedgerImportProgress(LedgerImportPhase.Validating, offset + chunk.Length, total));
        }

        Task<IReadOnlyList<SuggestionItem?>> ReadAsync(LedgerEntry[] chunk) =>
            Task.Run(() => store.FindManyAsync(chunk.Select(e => e.Number).ToArray(), cancellationToken), cancellationToken);

        // Measures of items the ledger does not list: the items must be stored already.
        for (var start = 0; start < pointsAlone.Length; start += ReadChunk)
        {
            var (offset, chunk) = (entries.Count + start, pointsAlone.Skip(start).Take(ReadChunk).ToArray());
            var stored = await store.FindManyAsync(chunk.Select(p => p[0].Number).ToArray(), cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < chunk.Length; i++)
            {
                outcomes[offset + i] = BuildFromPoints(plan, chunk[i], stored[i]);
            }

            progress?.Report(new LedgerImportProgress(LedgerImportPhase.Validating, offset + chunk.Length, total));
        }

        plan.Add(outcomes.OfType<LedgerRowOutcome>());
        return plan;
    }

    /// <summary>
    /// The measures for numbers that have no valid ledger row: those the ledger gives on an invalid row are refused
    /// with it (named here, so no point goes missing without a word); the others are for items already stored.
    /// </summary>
    private static PointEntry[][] PointsAlone(LedgerImportPlan plan, LedgerValidation? validation, Dictionary<string, PointEntry[]> pointsOf)
    {
        var listed = validation?.Entries.Select(e => e.Number.Value).ToHashSet(StringComparer.Ordinal) ?? [];
        var alone = new List<PointEntry[]>();
        foreach (var (number, points) in pointsOf)
        {
            if (listed.Contains(number))
            {
                continue;
            }

            if (validation?.Numbers.Contains(number) == true)
            {
                foreach (var point in points)
                {
                    plan.PointErrors.Add(point.Error(PointColumns.Number,
                        MessageText.Format(Messages.LedgerPointRowInvalid, number)), point.Rows);
                }

                continue;
            }

            alone.Add(points);
        }

        return [.. alone];
    }

    private LedgerRowOutcome Build(LedgerEntry entry, SuggestionItem? stored, PointEntry[] points)
    {
        var errors = new List<LedgerError>();
        var warnings = new List<LedgerWarning>();
        var pointErrors = new LedgerPointErrors();
        var builder = new LedgerItemBuilder(by);
        Action<SuggestionItem>? setPoints = points.Length == 0 ? null : item => LedgerPoints.Apply(item, points, by, pointErrors);
        if (stored is null)
        {
            var created = builder.Create(entry, errors, setPoints);
            return new LedgerRowOutcome(created, isNew: true, errors, warnings, pointErrors, entry.RowError);
        }

        var ok = builder.Update(stored, entry, errors, warnings, setPoints);
        return new LedgerRowOutcome(ok ? stored : null, isNew: false, errors, warnings, pointErrors, entry.RowError);
    }

    private LedgerRowOutcome? BuildFromPoints(LedgerImportPlan plan, PointEntry[] points, SuggestionItem? stored)
    {
        var first = points.MinBy(p => p.Row)!;
        if (stored is null)
        {
            foreach (var point in points)
            {
                plan.PointErrors.Add(point.Error(PointColumns.Number,
                    MessageText.Format(Messages.LedgerPointUnknownNumber, point.Number)), point.Rows);
            }

            return null;
        }

        var pointErrors = new LedgerPointErrors();
        LedgerPoints.Apply(stored, points, by, pointErrors);
        return new LedgerRowOutcome(stored, isNew: false, [], [], pointErrors, why => first.Error(PointColumns.Number, why), fromPoints: true);
    }

    private async Task AddAsync(IReadOnlyList<LedgerRowOutcome> rows, CancellationToken cancellationToken)
    {
        var failures = await store.AddManyAsync(rows.Select(r => r.Item!).ToArray(), cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < rows.Count; i++)
        {
            if (failures[i] is { } failure)
            {
                // Someone added the number between validation and this write; the import never overwrites theirs.
                rows[i].WriteFailed(MessageText.Format(Messages.LedgerWriteFailed, failure.Message));
            }
        }
    }

    /// <summary>
    /// Waits for the oldest chunk in flight and returns its size; if it fails, waits for the others too before
    /// throwing, so nothing runs on unobserved.
    /// </summary>
    private static async Task<int> OldestAsync(Queue<(Task Task, int Count)> inFlight)
    {
        var (oldest, count) = inFlight.Dequeue();
        try
        {
            await oldest.ConfigureAwait(false);
            return count;
        }
        catch
        {
            foreach (var (other, _) in inFlight)
            {
                await Task.WhenAny(other).ConfigureAwait(false);
                _ = other.Exception; // Observed: the first failure is the one reported.
            }

            inFlight.Clear();
            throw;
        }
    }

    private async Task SaveAsync(LedgerRowOutcome row, CancellationToken cancellationToken)
    {
        try
        {
            await store.SaveAsync(row.Item!, force: false, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is ItemConflictException or DuplicateItemException)
        {
            // Someone changed the item between validation and this write; the import never overwrites them.
            row.WriteFailed(MessageText.Format(Messages.LedgerWriteFailed, e.Message));
        }
    }

    private static ParallelOptions Options(CancellationToken cancellationToken) =>
        new() { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken };
}
