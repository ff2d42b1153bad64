using SuggestionDesk.Localization;

namespace SuggestionDesk.Ledger;

/// <summary>
/// Why one row (or the header) of a ledger cannot be imported: where, the value found and what is expected.
/// </summary>
/// <param name="Row">The row number as Excel shows it (the header is row 1 in a plain file).</param>
/// <param name="Column">The column's header as the file wrote it, e.g. 交办日期; empty when the whole row is meant.</param>
/// <param name="Value">The value found, as written.</param>
/// <param name="Expected">What is expected instead, or why the value cannot be taken, and what to do.</param>
public sealed record LedgerError(int Row, string Column, string Value, string Expected)
{
    /// <summary>The item's number as the row gives it, when it gives one: a department fixes its rows by number.</summary>
    public string? Number { get; init; }

    /// <summary>
    /// The worksheet the row is on, when it is not the ledger's own (the measures' sheet 办理措施 of a workbook); null
    /// for the ledger's rows and for a file of one table.
    /// </summary>
    public string? Sheet { get; init; }

    /// <summary>
    /// One line for a person: <c>Row 5 (20210347), 交办日期: '2026-02-30': expected ...</c>, or <c>Sheet 办理措施, row 3
    /// (20210347), 序号: '0': expected ...</c>; a long value is cut to a readable length with its size given.
    /// </summary>
    public override string ToString()
    {
        var row = Sheet is null ? MessageText.Format(Messages.LedgerRow, Row) : MessageText.Format(Messages.LedgerSheetRow, Items.TextRules.Shorten(Sheet), Row);
        var where = string.IsNullOrWhiteSpace(Number) ? row : MessageText.Format(Messages.LedgerRowOfItem, row, Items.TextRules.Shorten(Number));
        return Column.Length == 0
            ? MessageText.Format(Messages.LedgerNoteAt, where, Expected)
            : MessageText.Format(Messages.LedgerErrorAtColumn, where, Items.TextRules.Shorten(Column), Items.TextRules.Quote(Value), Expected);
    }
}
