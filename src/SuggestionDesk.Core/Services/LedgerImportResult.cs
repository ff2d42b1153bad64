using SuggestionDesk.Ledger;

namespace SuggestionDesk.Services;

/// <summary>
/// What an import did (or, from a validation, would do): how many items it created, updated or left unchanged,
/// how many rows were invalid, and every error and warning by row (the ledger's first, then its measures').
/// </summary>
public sealed record LedgerImportResult
{
    /// <summary>Data rows of the ledger read (blank rows are not counted); 0 for an import of measures alone.</summary>
    public int Rows { get; init; }

    /// <summary>Data rows of measures read (a workbook's sheet 办理措施, or a file of measures).</summary>
    public int PointRows { get; init; }

    /// <summary>Items created.</summary>
    public int Created { get; init; }

    /// <summary>Items that existed and changed, by their ledger row or their measures (each change is in the item's history).</summary>
    public int Updated { get; init; }

    /// <summary>Items the file gives exactly as stored.</summary>
    public int Unchanged { get; init; }

    /// <summary>Rows not imported, of the ledger and of the measures: invalid, or (rarely) changed by someone else while the import ran.</summary>
    public int Invalid { get; init; }

    /// <summary>
    /// True when invalid rows stopped the import and nothing was written; Created, Updated and Unchanged are
    /// then zero. Import again with SkipInvalid to write the valid rows, or fix the file.
    /// </summary>
    public bool Refused { get; init; }

    /// <summary>
    /// The most errors, and the most warnings, listed: a file with thousands of bad rows is one mistake repeated, and
    /// listing them all would drown the screen (the rest are counted in <see cref="ErrorsNotListed"/>).
    /// </summary>
    public const int MaxListed = 1_000;

    /// <summary>The problems, ordered by row (the first <see cref="MaxListed"/>): row number, column, the value and what is expected.</summary>
    public IReadOnlyList<LedgerError> Errors { get; init; } = [];

    /// <summary>Errors found beyond the <see cref="MaxListed"/> listed in <see cref="Errors"/>.</summary>
    public int ErrorsNotListed { get; init; }

    /// <summary>Warnings found beyond the <see cref="MaxListed"/> listed in <see cref="Warnings"/>.</summary>
    public int WarningsNotListed { get; init; }

    /// <summary>
    /// What was not imported but did not stop the import: columns that are not ledger columns (their values are
    /// not kept) and empty cells where the store has a recorded event (which stays recorded).
    /// </summary>
    public IReadOnlyList<LedgerWarning> Warnings { get; init; } = [];

    /// <summary>
    /// Whether the file was refused for its header row (a required column missing, a column twice): no row could be
    /// read, so importing the valid rows alone (skipping invalid ones) cannot help.
    /// </summary>
    public bool HeaderRefused { get; init; }

    /// <summary>
    /// The stored items the file changes, each with what changes (an office's own fixes a re-import would undo show
    /// here before anything is written), the first <see cref="MaxListed"/>; the items it creates are counted, not listed.
    /// </summary>
    public IReadOnlyList<LedgerUpdate> Updates { get; init; } = [];
}

/// <summary>A stored item a ledger changes: its number and the changes, as the history will record them.</summary>
/// <param name="Number">The item's number.</param>
/// <param name="Changes">The changes, one history entry each (an edit, a new assignment, an event the store lacked).</param>
public sealed record LedgerUpdate(string Number, IReadOnlyList<Items.HistoryEntry> Changes);
