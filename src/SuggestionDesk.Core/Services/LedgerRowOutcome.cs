using SuggestionDesk.Items;
using SuggestionDesk.Ledger;

namespace SuggestionDesk.Services;

/// <summary>
/// What validation made of one item: from a ledger row (and the measures given for it), or from measures alone for an
/// item already stored. Holds the item to write (null when it is invalid) and why not; the errors of its measures'
/// rows are kept apart, since a refused point leaves the item itself valid.
/// </summary>
internal sealed class LedgerRowOutcome
{
    private readonly List<LedgerError> errors;
    private readonly Func<string, LedgerError> rowError;

    public LedgerRowOutcome(
        SuggestionItem? item, bool isNew, List<LedgerError> errors, IReadOnlyList<LedgerWarning> warnings, LedgerPointErrors pointErrors, Func<string, LedgerError> rowError,
        bool fromPoints = false)
    {
        FromPoints = fromPoints;
        Item = errors.Count == 0 ? item : null;
        IsNew = isNew;
        this.errors = errors;
        this.rowError = rowError;
        Warnings = warnings;
        PointErrors = pointErrors;
        // Captured now: a store accepting the write clears the item's pending changes.
        Changed = Item?.HasStateChanges == true;
        Changes = !isNew && Changed ? [.. Item!.PendingHistory] : [];
    }

    /// <summary>For an item the row changes, what it changes, as history entries (for -WhatIf to say so); else empty.</summary>
    public IReadOnlyList<HistoryEntry> Changes { get; }

    /// <summary>The item built in memory, with its pending changes; null when the row is invalid.</summary>
    public SuggestionItem? Item { get; }

    public bool IsNew { get; }

    /// <summary>Whether the row creates or changes its item.</summary>
    public bool Changed { get; }

    /// <summary>Errors that keep the item from being written.</summary>
    public IReadOnlyList<LedgerError> Errors => errors;

    /// <summary>Rows of its measures that were refused (the other points still apply).</summary>
    public LedgerPointErrors PointErrors { get; }

    /// <summary>Whether the item is known from its measures alone, so that its own errors are on rows of measures.</summary>
    public bool FromPoints { get; }

    public IReadOnlyList<LedgerWarning> Warnings { get; }

    public bool IsValid => Item is not null && errors.Count == 0;

    /// <summary>Records that the store refused the write (the item changed meanwhile).</summary>
    public void WriteFailed(string why) => errors.Add(rowError(why));
}
