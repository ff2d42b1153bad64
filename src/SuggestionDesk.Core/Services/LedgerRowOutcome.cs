using SuggestionDesk.Items;
using SuggestionDesk.Ledger;

namespace SuggestionDesk.Services;

/// <summary>What validation made of one ledger row: the item to write (null when the row is invalid) and why not.</summary>
internal sealed class LedgerRowOutcome
{
    private readonly List<LedgerError> errors;

    public LedgerRowOutcome(LedgerEntry entry, SuggestionItem? item, bool isNew, List<LedgerError> errors, IReadOnlyList<LedgerWarning> warnings)
    {
        Entry = entry;
        Item = errors.Count == 0 ? item : null;
        IsNew = isNew;
        this.errors = errors;
        Warnings = warnings;
        // Captured now: a store accepting the write clears the item's pending changes.
        Changed = Item?.HasStateChanges == true;
    }

    public LedgerEntry Entry { get; }

    /// <summary>The item built in memory, with its pending changes; null when the row is invalid.</summary>
    public SuggestionItem? Item { get; }

    public bool IsNew { get; }

    /// <summary>Whether the row creates or changes its item.</summary>
    public bool Changed { get; }

    public IReadOnlyList<LedgerError> Errors => errors;

    public IReadOnlyList<LedgerWarning> Warnings { get; }

    public bool IsValid => Item is not null && errors.Count == 0;

    /// <summary>Records that the store refused the write (the item changed meanwhile).</summary>
    public void WriteFailed(string why) => errors.Add(Entry.RowError(why));
}
