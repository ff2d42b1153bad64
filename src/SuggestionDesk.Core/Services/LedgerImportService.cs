using SuggestionDesk.Items;
using SuggestionDesk.Ledger;
using SuggestionDesk.Ports;

namespace SuggestionDesk.Services;

/// <summary>
/// Imports a ledger (台账) into the store. The whole table is validated first, by building every item in
/// memory through its own methods against what the store holds; only then is anything written, and only if
/// no row is invalid (unless invalid rows are to be skipped). Rows whose item is already as the row says
/// write nothing, so importing the same file again changes nothing.
/// </summary>
public sealed class LedgerImportService
{
    // Saves of changed items are independent; a few at a time keeps large ledgers quick without crowding the
    // storage account (Azurite measured: 4 parallel ≈ 1.5× sequential throughput).
    private const int Parallelism = 4;

    // New items handed to the store at once: enough for it to fill transactions of 100 rows, few enough that
    // progress moves and a failure leaves about a known prefix of the file written (two chunks are in flight).
    private const int AddChunk = 1_000;

    // Rows whose stored items are read at once while validating: few requests per chunk, and progress moves.
    private const int ReadChunk = 1_000;

    private const string NothingWritten = " Nothing was written for this row; import the file again to apply it to the current item.";

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
    public async Task<LedgerImportResult> ImportAsync(
        LedgerTable table, bool skipInvalid, IProgress<LedgerImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var plan = await PlanAsync(table, progress, cancellationToken).ConfigureAwait(false);
        if (plan.Refuses(skipInvalid))
        {
            return plan.Result(refused: true);
        }

        var writes = plan.Rows.Where(r => r.Changed).ToArray();
        var done = 0;
        progress?.Report(new LedgerImportProgress(LedgerImportPhase.Writing, 0, writes.Length));
        // New items go to the store in chunks it can write several to a transaction, two chunks in flight (one
        // claims its numbers while the one before writes its rows); changes of existing items are saved one by
        // one, each conditional on the version validation read.
        var previous = (Task: Task.CompletedTask, Count: 0);
        foreach (var chunk in writes.Where(r => r.IsNew).Chunk(AddChunk))
        {
            var current = AddAsync(chunk, cancellationToken);
            await WhenBothAsync(previous.Task, current).ConfigureAwait(false);
            progress?.Report(new LedgerImportProgress(LedgerImportPhase.Writing, done += previous.Count, writes.Length));
            previous = (current, chunk.Length);
        }

        await previous.Task.ConfigureAwait(false);
        done += previous.Count;

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
        var plan = await PlanAsync(table, progress, cancellationToken).ConfigureAwait(false);
        return plan.Result(refused: plan.Refuses(skipInvalid));
    }

    private async Task<LedgerImportPlan> PlanAsync(LedgerTable table, IProgress<LedgerImportProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        var validation = LedgerValidation.Check(table, scheme);
        var plan = new LedgerImportPlan(validation);
        if (validation.HeaderFailed)
        {
            return plan;
        }

        var entries = validation.Entries;
        var outcomes = new LedgerRowOutcome[entries.Count];
        progress?.Report(new LedgerImportProgress(LedgerImportPhase.Validating, 0, entries.Count));
        // The store reads a chunk's items together; each row is then built against what it read.
        for (var start = 0; start < entries.Count; start += ReadChunk)
        {
            var (offset, chunk) = (start, entries.Skip(start).Take(ReadChunk).ToArray());
            var stored = await store.FindManyAsync(chunk.Select(e => e.Number).ToArray(), cancellationToken).ConfigureAwait(false);
            Parallel.For(0, chunk.Length, new ParallelOptions { CancellationToken = cancellationToken }, i => outcomes[offset + i] = Build(chunk[i], stored[i]));
            progress?.Report(new LedgerImportProgress(LedgerImportPhase.Validating, offset + chunk.Length, entries.Count));
        }

        plan.Add(outcomes);
        return plan;
    }

    private LedgerRowOutcome Build(LedgerEntry entry, SuggestionItem? stored)
    {
        var errors = new List<LedgerError>();
        var warnings = new List<LedgerWarning>();
        var builder = new LedgerItemBuilder(by);
        if (stored is null)
        {
            var created = builder.Create(entry, errors);
            return new LedgerRowOutcome(entry, created, isNew: true, errors, warnings);
        }

        var ok = builder.Update(stored, entry, errors, warnings);
        return new LedgerRowOutcome(entry, ok ? stored : null, isNew: false, errors, warnings);
    }

    private async Task AddAsync(IReadOnlyList<LedgerRowOutcome> rows, CancellationToken cancellationToken)
    {
        var failures = await store.AddManyAsync(rows.Select(r => r.Item!).ToArray(), cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < rows.Count; i++)
        {
            if (failures[i] is { } failure)
            {
                // Someone added the number between validation and this write; the import never overwrites theirs.
                rows[i].WriteFailed(failure.Message + NothingWritten);
            }
        }
    }

    /// <summary>Waits for <paramref name="first"/>; if it fails, waits for <paramref name="second"/> too before throwing, so nothing runs on unobserved.</summary>
    private static async Task WhenBothAsync(Task first, Task second)
    {
        try
        {
            await first.ConfigureAwait(false);
        }
        catch
        {
            await Task.WhenAny(second).ConfigureAwait(false);
            _ = second.Exception; // Observed: the first failure is the one reported.
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
            row.WriteFailed(e.Message + NothingWritten);
        }
    }

    private static ParallelOptions Options(CancellationToken cancellationToken) =>
        new() { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken };
}
