namespace SuggestionDesk.Ledger;

/// <summary>
/// Something in a ledger that was not imported but does not stop the import: a column that is not a ledger
/// column (its values are not kept), or an empty cell where the store has a recorded event (kept as recorded).
/// </summary>
/// <param name="Row">The row number as Excel shows it (the header row for column warnings).</param>
/// <param name="Column">The column's header as the file wrote it.</param>
/// <param name="Message">What was not imported and why.</param>
public sealed record LedgerWarning(int Row, string Column, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"Row {Row}, {Column}: {Message}";
}
