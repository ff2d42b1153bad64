using SuggestionDesk.Localization;

namespace SuggestionDesk.Ledger;

/// <summary>
/// Something in a ledger that was not imported, or was read differently from how it was written, but does not
/// stop the import: a column that is not a ledger column (its values are not kept), a title or note row, a line
/// break folded in a one-line cell, or an empty cell where the store has a recorded event (kept as recorded).
/// </summary>
/// <param name="Row">The row number as Excel shows it (the header row for column warnings).</param>
/// <param name="Column">The column's header as the file wrote it; empty when the whole row is meant.</param>
/// <param name="Message">What was not imported and why.</param>
public sealed record LedgerWarning(int Row, string Column, string Message)
{
    /// <summary>The worksheet the row is on, when it is not the ledger's own (the measures' sheet 办理措施); null otherwise.</summary>
    public string? Sheet { get; init; }

    /// <inheritdoc />
    public override string ToString()
    {
        var row = Sheet is null ? MessageText.Format(Messages.LedgerRow, Row) : MessageText.Format(Messages.LedgerSheetRow, Items.TextRules.Shorten(Sheet), Row);
        return Column.Length == 0
            ? MessageText.Format(Messages.LedgerNoteAt, row, Message)
            : MessageText.Format(Messages.LedgerNoteAtColumn, row, Items.TextRules.Shorten(Column), Message);
    }
}
