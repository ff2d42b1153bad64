namespace SuggestionDesk.Ledger;

/// <summary>
/// A ledger (台账) as plain text: the header row and the data rows, exactly as a file held them. File formats
/// (CSV, xlsx) read into and write from this; the core validates and maps it without knowing the format.
/// </summary>
public sealed class LedgerTable
{
    /// <summary>How far down a file the header row is looked for: offices put a title or two above it, not a page.</summary>
    public const int HeaderSearchRows = 20;

    /// <summary>
    /// Creates a table; <paramref name="headerRowNumber"/> is the header's row in the file (1 unless title or blank
    /// rows precede it) and <paramref name="rowsAbove"/> the rows with text above it (titles), if any.
    /// </summary>
    public LedgerTable(IReadOnlyList<string> headers, IReadOnlyList<LedgerRow> rows, int headerRowNumber = 1, IReadOnlyList<LedgerRow>? rowsAbove = null)
    {
        Headers = headers ?? throw new ArgumentNullException(nameof(headers));
        Rows = rows ?? throw new ArgumentNullException(nameof(rows));
        HeaderRowNumber = headerRowNumber;
        RowsAbove = rowsAbove ?? [];
    }

    /// <summary>The header row's cells.</summary>
    public IReadOnlyList<string> Headers { get; }

    /// <summary>The data rows, in file order.</summary>
    public IReadOnlyList<LedgerRow> Rows { get; }

    /// <summary>The header's row number in the file.</summary>
    public int HeaderRowNumber { get; }

    /// <summary>Rows with text above the header (a title such as 2021年市人大代表建议办理工作台账), which are not data.</summary>
    public IReadOnlyList<LedgerRow> RowsAbove { get; }

    /// <summary>The worksheet's name as the workbook gives it (messages name it); null for a file of one table (CSV).</summary>
    public string? SheetName { get; init; }

    /// <summary>
    /// The measures that came with the ledger (a workbook's sheet 办理措施, in <see cref="PointColumns"/>), or null when
    /// the file has none; an export sets them so that a workbook carries them.
    /// </summary>
    public LedgerTable? Points { get; init; }

    /// <summary>This table with <paramref name="points"/> as its measures.</summary>
    public LedgerTable WithPoints(LedgerTable? points) =>
        new(Headers, Rows, HeaderRowNumber, RowsAbove) { SheetName = SheetName, Points = points };

    /// <summary>This table as the worksheet named <paramref name="sheetName"/>.</summary>
    public LedgerTable Named(string? sheetName) =>
        new(Headers, Rows, HeaderRowNumber, RowsAbove) { SheetName = sheetName, Points = Points };

    /// <summary>
    /// Builds a ledger from a file's rows as read, from row 1. The header row is the first of the first
    /// <see cref="HeaderSearchRows"/> rows that names at least three ledger columns (a title row above it names
    /// none); when no row does, the first non-blank row is taken, so that its missing columns are what is reported.
    /// Row numbers count every row of the file from 1.
    /// </summary>
    public static LedgerTable FromFileRows(IEnumerable<IReadOnlyList<string>> fileRows) => FromFileRows(fileRows, LedgerColumns.Set);

    /// <summary>Builds a table of <paramref name="columns"/> (the ledger's, the measures') from a file's rows, as above.</summary>
    public static LedgerTable FromFileRows(IEnumerable<IReadOnlyList<string>> fileRows, LedgerColumnSet columns)
    {
        ArgumentNullException.ThrowIfNull(fileRows);
        ArgumentNullException.ThrowIfNull(columns);
        var before = new List<LedgerRow>(); // the rows read while the header is still being looked for
        var data = new List<LedgerRow>();
        LedgerRow? header = null;
        IReadOnlyList<LedgerRow> above = [];
        var number = 0;
        foreach (var cells in fileRows)
        {
            var row = new LedgerRow(++number, cells);
            if (header is not null)
            {
                data.Add(row);
            }
            else if (LooksLikeHeader(row, columns))
            {
                (header, above) = (row, before.Where(r => !r.IsBlank).ToArray());
            }
            else
            {
                before.Add(row);
                if (number >= HeaderSearchRows)
                {
                    header = FirstWithText(before, data);
                }
            }
        }

        header ??= FirstWithText(before, data);
        return header is null ? new LedgerTable([], [], 1) : new LedgerTable(header.Cells, data, header.Number, above);
    }

    /// <summary>
    /// When no row names the columns, the first row with text is the header (what is wrong with it is then reported)
    /// and the rows after it are data; null when every row is blank.
    /// </summary>
    private static LedgerRow? FirstWithText(List<LedgerRow> rows, List<LedgerRow> data)
    {
        var index = rows.FindIndex(r => !r.IsBlank);
        if (index < 0)
        {
            return null;
        }

        data.AddRange(rows.Skip(index + 1));
        return rows[index];
    }

    private static bool LooksLikeHeader(LedgerRow row, LedgerColumnSet columns) =>
        row.Cells.Select(columns.Find).OfType<LedgerColumn>().Distinct().Take(3).Count() == 3;
}
