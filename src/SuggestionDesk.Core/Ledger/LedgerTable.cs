namespace SuggestionDesk.Ledger;

/// <summary>
/// A ledger (台账) as plain text: the header row and the data rows, exactly as a file held them. File formats
/// (CSV, xlsx) read into and write from this; the core validates and maps it without knowing the format.
/// </summary>
public sealed class LedgerTable
{
    /// <summary>Creates a table; <paramref name="headerRowNumber"/> is the header's row in the file (1 unless blank rows precede it).</summary>
    public LedgerTable(IReadOnlyList<string> headers, IReadOnlyList<LedgerRow> rows, int headerRowNumber = 1)
    {
        Headers = headers ?? throw new ArgumentNullException(nameof(headers));
        Rows = rows ?? throw new ArgumentNullException(nameof(rows));
        HeaderRowNumber = headerRowNumber;
    }

    /// <summary>The header row's cells.</summary>
    public IReadOnlyList<string> Headers { get; }

    /// <summary>The data rows, in file order.</summary>
    public IReadOnlyList<LedgerRow> Rows { get; }

    /// <summary>The header's row number in the file.</summary>
    public int HeaderRowNumber { get; }

    /// <summary>
    /// Builds a table from a file's rows as read (header first). Blank rows before the header are skipped;
    /// row numbers count every row of the file from 1.
    /// </summary>
    public static LedgerTable FromFileRows(IEnumerable<IReadOnlyList<string>> fileRows)
    {
        ArgumentNullException.ThrowIfNull(fileRows);
        IReadOnlyList<string>? headers = null;
        var headerRow = 0;
        var rows = new List<LedgerRow>();
        var number = 0;
        foreach (var cells in fileRows)
        {
            number++;
            if (headers is not null)
            {
                rows.Add(new LedgerRow(number, cells));
            }
            else if (!cells.All(string.IsNullOrWhiteSpace))
            {
                headers = cells;
                headerRow = number;
            }
        }

        return new LedgerTable(headers ?? [], rows, Math.Max(headerRow, 1));
    }
}
