namespace SuggestionDesk.Ledger;

/// <summary>
/// One data row of a ledger file: its cells as text, and its row number as the person sees it in Excel
/// (the header is row 1 in a plain file), so that every message points at the right line.
/// </summary>
/// <param name="Number">The 1-based row number in the file.</param>
/// <param name="Cells">The cells in header order; a row may be shorter than the header (missing cells are empty).</param>
public sealed record LedgerRow(int Number, IReadOnlyList<string> Cells)
{
    /// <summary>The cell at <paramref name="index"/>, or empty when the row is shorter.</summary>
    public string Cell(int index) => index < Cells.Count ? Cells[index] ?? string.Empty : string.Empty;

    /// <summary>Whether every cell is blank, invisible characters alone included (Excel leaves such rows after the data).</summary>
    public bool IsBlank => Cells.All(Items.TextRules.IsBlank);
}
