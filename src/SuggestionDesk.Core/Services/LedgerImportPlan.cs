using SuggestionDesk.Ledger;

namespace SuggestionDesk.Services;

/// <summary>The validated rows of one import, and the result they add up to.</summary>
internal sealed class LedgerImportPlan(LedgerValidation validation)
{
    private readonly List<LedgerRowOutcome> outcomes = [];

    /// <summary>The rows that passed, each with its item.</summary>
    public IEnumerable<LedgerRowOutcome> Rows => outcomes.Where(o => o.IsValid);

    /// <summary>Row numbers with an error (all rows when the header is unusable).</summary>
    public IReadOnlySet<int> InvalidRows =>
        validation.HeaderFailed
            ? Enumerable.Range(0, validation.RowCount).ToHashSet()
            : validation.Errors.Select(e => e.Row).Concat(validation.RefusedRows).Concat(outcomes.SelectMany(o => o.Errors).Select(e => e.Row)).ToHashSet();

    /// <summary>
    /// Whether the import is refused: an unusable header row always, even when no data row follows it (an empty
    /// file, a file of blank lines would otherwise "import" nothing without a word); invalid rows unless skipped.
    /// </summary>
    public bool Refuses(bool skipInvalid) => validation.HeaderFailed || (InvalidRows.Count > 0 && !skipInvalid);

    public void Add(IEnumerable<LedgerRowOutcome> rows) => outcomes.AddRange(rows);

    public LedgerImportResult Result(bool refused)
    {
        var valid = Rows.ToArray();
        var errors = validation.Errors.Concat(outcomes.SelectMany(o => o.Errors)).OrderBy(e => e.Row).ToArray();
        var warnings = validation.Warnings.Concat(outcomes.SelectMany(o => o.Warnings)).OrderBy(w => w.Row).ToArray();
        return new LedgerImportResult
        {
            Rows = validation.RowCount,
            Created = refused ? 0 : valid.Count(o => o.IsNew),
            Updated = refused ? 0 : valid.Count(o => !o.IsNew && o.Changed),
            Unchanged = refused ? 0 : valid.Count(o => !o.Changed),
            Invalid = InvalidRows.Count,
            Refused = refused,
            Errors = errors.Take(LedgerImportResult.MaxListed).ToArray(),
            Warnings = warnings.Take(LedgerImportResult.MaxListed).ToArray(),
            ErrorsNotListed = Math.Max(0, errors.Length - LedgerImportResult.MaxListed),
            WarningsNotListed = Math.Max(0, warnings.Length - LedgerImportResult.MaxListed),
        };
    }
}
