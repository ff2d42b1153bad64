using SuggestionDesk.Items;

namespace SuggestionDesk.Ledger;

/// <summary>
/// The checks a ledger passes before the store is asked anything: its header row, every cell of every row,
/// and numbers given on more than one row (all rows sharing a number are refused: which one is right is the
/// office's call, not ours). Blank rows (or rows holding only their 序号) are skipped; a title above the header
/// and notes under the items (<see cref="LedgerNotes"/>) are reported once each, as warnings.
/// </summary>
internal sealed class LedgerValidation
{
    private LedgerValidation(int rowCount, bool headerFailed, IReadOnlyList<LedgerEntry> entries, List<LedgerError> errors, List<LedgerWarning> warnings)
    {
        RowCount = rowCount;
        HeaderFailed = headerFailed;
        Entries = entries;
        Errors = errors;
        Warnings = warnings;
    }

    /// <summary>The data rows that are not blank.</summary>
    public int RowCount { get; }

    /// <summary>Whether the header row itself is unusable (a required column missing or a column twice): no row can be read.</summary>
    public bool HeaderFailed { get; }

    /// <summary>The rows that passed, in file order.</summary>
    public IReadOnlyList<LedgerEntry> Entries { get; }

    /// <summary>What is wrong, header first, then by row.</summary>
    public List<LedgerError> Errors { get; }

    /// <summary>What was not imported but does not stop the import.</summary>
    public List<LedgerWarning> Warnings { get; }

    /// <summary>Checks <paramref name="table"/> with result classes from <paramref name="scheme"/>.</summary>
    public static LedgerValidation Check(LedgerTable table, ResultClassScheme scheme)
    {
        ArgumentNullException.ThrowIfNull(table);
        var errors = new List<LedgerError>();
        var warnings = table.RowsAbove.Select(r => LedgerNotes.Title(r, table.HeaderRowNumber)).ToList();
        var map = LedgerHeaderMap.Read(table, errors, warnings);
        var rows = LedgerNotes.DataRows(table, map, warnings);
        if (errors.Count > 0)
        {
            return new LedgerValidation(rows.Length, headerFailed: true, [], errors, warnings) { SheetName = table.SheetName };
        }

        var numbers = rows.Select(r => map.RawValueOf(r, LedgerColumns.Number)).ToHashSet(StringComparer.Ordinal);

        var parser = new LedgerRowParser(map, scheme);
        var entries = rows.Select(row => parser.Parse(row, errors, warnings)).OfType<LedgerEntry>().ToList();
        var duplicates = entries.GroupBy(e => e.Number.Value, StringComparer.Ordinal).Where(g => g.Count() > 1).ToArray();
        var refused = new List<int>();
        foreach (var group in duplicates)
        {
            // One error for the group, on its first row: a placeholder number (待编号) on 5,000 rows is one mistake,
            // and listing every other row on each row would grow with the square of the file.
            var rowsOf = group.Select(e => e.Row).ToArray();
            errors.Add(group.First().Error(LedgerColumns.Number,
                Localization.MessageText.Format(Localization.Messages.LedgerNumberTwice, LedgerRowList.Describe(rowsOf))));
            refused.AddRange(rowsOf);
        }

        var duplicated = duplicates.SelectMany(g => g).ToHashSet();
        entries.RemoveAll(duplicated.Contains);
        return new LedgerValidation(rows.Length, headerFailed: false, entries, errors, warnings) { RefusedRows = refused, Numbers = numbers, SheetName = table.SheetName };
    }

    /// <summary>The worksheet the ledger was read from when it is not a workbook's first (its errors name it); else null.</summary>
    public string? SheetName { get; private init; }

    /// <summary>The numbers the data rows give, valid or not, exactly as written.</summary>
    public IReadOnlySet<string> Numbers { get; private init; } = new HashSet<string>();

    /// <summary>Rows refused with an error reported on another row (all but the first of a group sharing a number).</summary>
    public IReadOnlyList<int> RefusedRows { get; private init; } = [];
}
