using System.Globalization;
using SuggestionDesk.Items;
using SuggestionDesk.Localization;

namespace SuggestionDesk.Ledger;

/// <summary>
/// The checks the measures (<see cref="PointColumns"/>: 编号, 序号, 要点, 办理措施) pass before any item is asked: the
/// header row, every cell, and each point given once. A row directly under a point's row with the same 编号 and 序号 and
/// an empty 要点 continues that point's measures (an export writes measures longer than an Excel cell that way); any
/// other row repeating a point is refused, with the rows that give it. Rules that need the item (points numbered
/// without gaps, a new point's wording) are checked when the points meet it (<see cref="LedgerPoints"/>).
/// </summary>
internal sealed class PointValidation
{
    private PointValidation(int rowCount, bool headerFailed, IReadOnlyList<PointEntry> entries, List<LedgerError> errors, List<LedgerWarning> warnings)
    {
        RowCount = rowCount;
        HeaderFailed = headerFailed;
        Entries = entries;
        Errors = errors;
        Warnings = warnings;
    }

    /// <summary>The data rows that are not blank.</summary>
    public int RowCount { get; }

    /// <summary>Whether the header row itself is unusable: no row can be read.</summary>
    public bool HeaderFailed { get; }

    /// <summary>The points that passed, in file order.</summary>
    public IReadOnlyList<PointEntry> Entries { get; }

    /// <summary>What is wrong, header first, then by row; each names the sheet.</summary>
    public List<LedgerError> Errors { get; }

    /// <summary>What was not imported but does not stop the import; each names the sheet.</summary>
    public List<LedgerWarning> Warnings { get; }

    /// <summary>Checks <paramref name="table"/>, a table of <see cref="PointColumns"/>.</summary>
    public static PointValidation Check(LedgerTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var errors = new List<LedgerError>();
        var warnings = table.RowsAbove.Select(r => LedgerNotes.Title(r, table.HeaderRowNumber)).ToList();
        var map = LedgerHeaderMap.Read(table, PointColumns.Set, errors, warnings);
        if (errors.Count == 0 && !map.Has(PointColumns.Point) && !map.Has(PointColumns.Measure))
        {
            errors.Add(new LedgerError(table.HeaderRowNumber, PointColumns.Measure.ChineseName, string.Empty,
                MessageText.Format(Messages.LedgerPointColumnMissing, PointColumns.Measure, PointColumns.Point)));
        }

        var rows = LedgerNotes.DataRows(table, map, warnings);
        var headerFailed = errors.Count > 0;
        var entries = new List<PointEntry>();
        var refused = new List<int>();
        if (!headerFailed)
        {
            var parser = new Parser(map, table.SheetName, errors, warnings);
            entries = Group(rows.Select(parser.Parse), errors, refused);
        }

        var sheet = table.SheetName;
        return new PointValidation(rows.Length, headerFailed, entries, errors.Select(e => e with { Sheet = sheet }).ToList(), warnings.Select(w => w with { Sheet = sheet }).ToList())
        {
            RefusedRows = refused,
        };
    }

    /// <summary>Rows refused with an error reported on another row (a point's second row, a row continuing a refused one).</summary>
    public IReadOnlyList<int> RefusedRows { get; private init; } = [];

    /// <summary>Joins rows continuing a point's measures to it and refuses points given twice.</summary>
    private static List<PointEntry> Group(IEnumerable<Parsed> parsed, List<LedgerError> errors, List<int> refused)
    {
        var entries = new List<PointEntry>();
        var seen = new Dictionary<(string, int), PointEntry>();
        var repeated = new Dictionary<PointEntry, List<int>>();
        PointEntry? last = null;
        Parsed? previous = null;
        foreach (var current in parsed)
        {
            var (row, entry, emptyTitle) = (current.Row, current.Entry, current.EmptyTitle);
            var continues = emptyTitle && previous is { } above && above.Key == current.Key;
            previous = current;
            if (entry is null || (continues && last is null))
            {
                // A bad row, or one continuing a bad row: its measures must not land on the point alone.
                if (entry is not null)
                {
                    refused.Add(row.Number);
                }

                last = null;
                continue;
            }

            var key = (entry.Number.Value, entry.Index);
            if (continues && seen.GetValueOrDefault(key) == last)
            {
                last!.Rows.Add(row.Number);
                last.AddMeasures(entry.Measures ?? string.Empty);
                continue;
            }

            if (seen.TryGetValue(key, out var first))
            {
                if (!repeated.TryGetValue(first, out var rowsOf))
                {
                    repeated[first] = rowsOf = [first.Row];
                }

                rowsOf.Add(row.Number);
                refused.Add(row.Number);
                last = null;
                continue;
            }

            seen[key] = entry;
            entries.Add(entry);
            last = entry;
        }

        foreach (var (first, rowsOf) in repeated)
        {
            errors.Add(first.Error(PointColumns.Index,
                MessageText.Format(
                    Messages.LedgerPointTwice,
                    LedgerRowList.Describe(rowsOf),
                    first.Index,
                    first.Number,
                    PointColumns.Number.ChineseName,
                    PointColumns.Index.ChineseName,
                    PointColumns.Point.ChineseName)));
            entries.Remove(first);
            refused.AddRange(first.Rows.Skip(1));
        }

        foreach (var entry in entries.ToArray())
        {
            if (entry.Measures is { Length: > 0 } measures && Check(measures) is { } expected)
            {
                errors.Add(entry.Error(PointColumns.Measure, measures, expected));
                entries.Remove(entry);
                refused.AddRange(entry.Rows.Skip(1));
            }
        }

        return entries;
    }

    private static string? Check(string measures)
    {
        try
        {
            TextRules.Optional(measures, Messages.FieldMeasuresText, TextRules.LongTextMaxLength);
            return null;
        }
        catch (ArgumentException e)
        {
            return e.Message;
        }
    }

    /// <summary>A row as read: its point (null when a cell is bad), whether its wording is empty, and its number cells as written.</summary>
    private sealed record Parsed(LedgerRow Row, PointEntry? Entry, bool EmptyTitle, (string Number, string Index) Key);

    /// <summary>Reads one row's cells, adding an error for each bad one.</summary>
    private sealed class Parser(LedgerHeaderMap map, string? sheet, List<LedgerError> errors, List<LedgerWarning> warnings)
    {
        public Parsed Parse(LedgerRow row)
        {
            var before = errors.Count;
            var numberText = map.RawValueOf(row, PointColumns.Number);
            SuggestionNumber? number = null;
            if (numberText.Length == 0)
            {
                errors.Add(Error(row, PointColumns.Number, numberText, Messages.LedgerPointNumberMissing));
            }
            else
            {
                try
                {
                    number = SuggestionNumber.Parse(numberText);
                }
                catch (ArgumentException e)
                {
                    errors.Add(Error(row, PointColumns.Number, numberText, e.Message));
                }
            }

            var indexText = map.ValueOf(row, PointColumns.Index);
            var index = ReadIndex(indexText);
            if (index is null)
            {
                errors.Add(Error(row, PointColumns.Index, indexText, Messages.LedgerPointIndexExpected));
            }

            var title = map.ValueOf(row, PointColumns.Point);
            if (LedgerLineBreaks.Has(title))
            {
                title = LedgerLineBreaks.Fold(title);
                warnings.Add(new LedgerWarning(row.Number, map.HeaderOf(PointColumns.Point), LedgerLineBreaks.Warning(title)));
            }

            try
            {
                title = TextRules.Optional(title, Messages.FieldPoint) ?? string.Empty;
            }
            catch (ArgumentException e)
            {
                errors.Add(Error(row, PointColumns.Point, title, e.Message));
            }

            var key = (numberText, indexText);
            if (errors.Count > before)
            {
                return new Parsed(row, null, title.Length == 0, key);
            }

            var entry = new PointEntry(row, map, sheet) { Number = number!, Index = index!.Value, Title = title.Length == 0 ? null : title };
            entry.AddMeasures(map.ValueOf(row, PointColumns.Measure));
            return new Parsed(row, entry, title.Length == 0, key);
        }

        private LedgerError Error(LedgerRow row, LedgerColumn column, string value, string expected) =>
            new(row.Number, map.HeaderOf(column), value, expected) { Number = map.NumberOf(row), Sheet = sheet };

        // 1, ３ (full width), "2." and "（2）" as offices number their points; nothing else.
        private static int? ReadIndex(string text)
        {
            var bare = text.Normalize(System.Text.NormalizationForm.FormKC).Trim().TrimEnd('.', '、').Trim('(', ')').Trim();
            return bare.Length is > 0 and <= 6 && bare.All(char.IsAsciiDigit) && int.Parse(bare, CultureInfo.InvariantCulture) is var n and > 0 ? n : null;
        }
    }
}
