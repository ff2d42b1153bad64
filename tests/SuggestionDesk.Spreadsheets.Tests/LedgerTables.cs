namespace SuggestionDesk.Spreadsheets.Tests;

/// <summary>Edits of ledger tables, as a person would make them in Excel.</summary>
internal static class LedgerTables
{
    /// <summary>The table with the cell under <paramref name="header"/> of the row numbered <paramref name="number"/> set to <paramref name="value"/>.</summary>
    public static LedgerTable Set(this LedgerTable table, string number, string header, string value)
    {
        var column = Column(table, header);
        var found = false;
        var rows = table.Rows.Select(row =>
        {
            if (row.Cell(0) != number)
            {
                return row;
            }

            found = true;
            var cells = row.Cells.ToArray();
            cells[column] = value;
            return row with { Cells = cells };
        }).ToArray();
        return found ? new LedgerTable(table.Headers, rows, table.HeaderRowNumber) : throw new ArgumentException($"No row numbered {number}.");
    }

    /// <summary>The table with one more row, a copy of the row numbered <paramref name="number"/>.</summary>
    public static LedgerTable CopyRow(this LedgerTable table, string number)
    {
        var copy = table.Rows.Single(r => r.Cell(0) == number);
        return new LedgerTable(table.Headers, [.. table.Rows, new LedgerRow(table.Rows[^1].Number + 1, copy.Cells)], table.HeaderRowNumber);
    }

    /// <summary>The row numbered <paramref name="number"/> (the item number, first column).</summary>
    public static LedgerRow Row(this LedgerTable table, string number) => table.Rows.Single(r => r.Cell(0) == number);

    private static int Column(LedgerTable table, string header)
    {
        var index = table.Headers.ToList().IndexOf(header);
        return index >= 0 ? index : throw new ArgumentException($"No column '{header}'.");
    }
}
