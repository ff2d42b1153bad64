namespace SuggestionDesk.Ledger;

/// <summary>Rows of measures that were refused: each error, and every row it keeps out (a point's own and those continuing it).</summary>
internal sealed class LedgerPointErrors
{
    private readonly List<LedgerError> errors = [];
    private readonly List<int> rows = [];

    /// <summary>The errors, one per refused point.</summary>
    public IReadOnlyList<LedgerError> Errors => errors;

    /// <summary>The rows refused.</summary>
    public IReadOnlyList<int> Rows => rows;

    /// <summary>Records <paramref name="error"/>, which keeps <paramref name="refused"/> out.</summary>
    public void Add(LedgerError error, IEnumerable<int> refused)
    {
        errors.Add(error);
        rows.AddRange(refused);
        rows.Add(error.Row);
    }
}
