namespace SuggestionDesk.Ledger;

/// <summary>
/// Which file column holds which ledger column, read from the header row. A missing required column or a
/// column given twice is an error on the header row (nothing can be imported); a column that is not a ledger
/// column is a warning (its values are not imported), except the office's own row count (序号), which is
/// simply not read.
/// </summary>
internal sealed class LedgerHeaderMap
{
    private readonly Dictionary<LedgerColumn, int> indexes;
    private readonly IReadOnlyList<string> headers;
    private readonly HashSet<int> rowCounts;

    private LedgerHeaderMap(IReadOnlyList<string> headers, Dictionary<LedgerColumn, int> indexes, HashSet<int> rowCounts)
    {
        this.headers = headers;
        this.indexes = indexes;
        this.rowCounts = rowCounts;
    }

    /// <summary>Reads <paramref name="table"/>'s header row, adding what is wrong with it to the lists.</summary>
    public static LedgerHeaderMap Read(LedgerTable table, ICollection<LedgerError> errors, ICollection<LedgerWarning> warnings) =>
        Read(table, LedgerColumns.Set, errors, warnings);

    /// <summary>Reads the header row of a table of <paramref name="set"/>'s columns, adding what is wrong with it to the lists.</summary>
    public static LedgerHeaderMap Read(LedgerTable table, LedgerColumnSet set, ICollection<LedgerError> errors, ICollection<LedgerWarning> warnings)
    {
        var indexes = new Dictionary<LedgerColumn, int>();
        var rowCounts = new HashSet<int>();
        var row = table.HeaderRowNumber;
        for (var i = 0; i < table.Headers.Count; i++)
        {
            var header = table.Headers[i]?.Trim() ?? string.Empty;
            var column = set.Find(header);
            if (column is null && LedgerColumns.IsRowIndex(header))
            {
                rowCounts.Add(i);
            }
            else if (column is null)
            {
                if (header.Length > 0 || table.Rows.Any(r => !string.IsNullOrWhiteSpace(r.Cell(i))))
                {
                    var name = header.Length > 0 ? header : Localization.MessageText.Format(Localization.Messages.LedgerColumnNoHeader, i + 1);
                    warnings.Add(new LedgerWarning(row, name,
                        Localization.MessageText.Format(Localization.Messages.LedgerNotAColumn, set.ColumnWord, set.ColumnsWord, set)));
                }
            }
            else if (!indexes.TryAdd(column, i))
            {
                errors.Add(new LedgerError(row, header, header,
                    Localization.MessageText.Format(Localization.Messages.LedgerColumnTwice, column, indexes[column] + 1, Items.TextRules.Quote(table.Headers[indexes[column]]))));
            }
        }

        foreach (var missing in set.All.Where(c => c.IsRequired && !indexes.ContainsKey(c)))
        {
            errors.Add(new LedgerError(row, missing.ChineseName, string.Empty,
                Localization.MessageText.Format(Localization.Messages.LedgerColumnMissing, missing, set.TableWord)));
        }

        return new LedgerHeaderMap(table.Headers, indexes, rowCounts);
    }

    /// <summary>
    /// The row without the counts in its row-count cells (序号: 1, 2, 3 …), which say nothing about an item; any other
    /// text there (a note typed into column A) stays.
    /// </summary>
    public LedgerRow WithoutRowCount(LedgerRow row) => rowCounts.Count == 0
        ? row
        : row with { Cells = row.Cells.Select((c, i) => rowCounts.Contains(i) && IsCount(c) ? string.Empty : c).ToArray() };

    private static bool IsCount(string? cell) =>
        (cell ?? string.Empty).Normalize(System.Text.NormalizationForm.FormKC).Trim() is var text && text.All(char.IsAsciiDigit);

    /// <summary>Whether the file has the column.</summary>
    public bool Has(LedgerColumn column) => indexes.ContainsKey(column);

    /// <summary>
    /// The column's header as the file wrote it (a header wrapped with Alt+Enter, 交办⏎日期, on one line: 交办日期), or its
    /// Chinese name when the file lacks it.
    /// </summary>
    public string HeaderOf(LedgerColumn column) =>
        indexes.TryGetValue(column, out var i) && headers[i] is { } header ? LedgerLineBreaks.Fold(header) : column.ChineseName;

    /// <summary>The cell of <paramref name="column"/> in <paramref name="row"/>, trimmed; empty when the file lacks the column.</summary>
    public string ValueOf(LedgerRow row, LedgerColumn column) =>
        indexes.TryGetValue(column, out var i) ? row.Cell(i).Trim() : string.Empty;

    /// <summary>The row's item number, trimmed, for messages; null when the row gives none.</summary>
    public string? NumberOf(LedgerRow row) => ValueOf(row, LedgerColumns.Number) is { Length: > 0 } number ? number : null;

    /// <summary>The cell exactly as written (numbers are kept as given, spaces included).</summary>
    public string RawValueOf(LedgerRow row, LedgerColumn column) =>
        indexes.TryGetValue(column, out var i) ? row.Cell(i) : string.Empty;
}
