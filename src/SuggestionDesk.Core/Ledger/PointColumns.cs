namespace SuggestionDesk.Ledger;

/// <summary>
/// The columns of the measures (办理措施, English: Measures): one row per point of an item, in the order an export writes
/// them. A workbook keeps them on a second worksheet named 办理措施 (or Measures); a CSV file holds them alone. Headers
/// are matched as <see cref="LedgerColumnSet"/> says; here 序号 is the point's number, not a row count.
/// </summary>
public static class PointColumns
{
    /// <summary>The name of the worksheet an export writes them to, and the first name a workbook's sheet is looked for by.</summary>
    public const string SheetName = "办理措施";

    /// <summary>The sheet's English name, also read.</summary>
    public const string EnglishSheetName = "Measures";

    /// <summary>编号: the item's number, exactly as on the ledger.</summary>
    public static LedgerColumn Number => LedgerColumns.Number;

    /// <summary>序号: the point's number within its item, 1, 2, 3 …</summary>
    public static LedgerColumn Index { get; } = new("Index", "序号", LedgerValueKind.Text, IsRequired: true, ["要点序号", "要点编号", "分项", "No.", "No", "Point No."]);

    /// <summary>要点: the point as the deputy put it, one line.</summary>
    public static LedgerColumn Point { get; } = new("Point", "要点", LedgerValueKind.Text, IsRequired: false, ["建议要点", "要点内容", "分项建议", "SubPoint"]);

    /// <summary>办理措施: the measures taken, paragraphs separated by line breaks (Alt+Enter in a cell).</summary>
    public static LedgerColumn Measure { get; } = new("Measure", "办理措施", LedgerValueKind.Text, IsRequired: false, ["措施", "工作措施", "办理情况", "落实情况", "Measures"]);

    /// <summary>Every column, in export order.</summary>
    public static IReadOnlyList<LedgerColumn> All { get; } = [Number, Index, Point, Measure];

    /// <summary>The columns as a set, for finding headers.</summary>
    public static LedgerColumnSet Set { get; } = new(
        () => Localization.Messages.WordMeasuresColumn, () => Localization.Messages.WordMeasuresColumns, () => Localization.Messages.WordMeasuresTable, All);

    /// <summary>Whether <paramref name="name"/> is a sheet of measures: 办理措施 or Measures (any case, spaces around ignored).</summary>
    public static bool IsSheetName(string? name) =>
        LedgerColumnSet.Key(name) is var key && (key == LedgerColumnSet.Key(SheetName) || key == LedgerColumnSet.Key(EnglishSheetName));

    /// <summary>
    /// <paramref name="points"/> with every measures cell longer than <paramref name="maxCellLength"/> (an Excel cell holds
    /// 32,767 characters) continued on rows under it that repeat 编号 and 序号 and leave 要点 empty, as the import reads
    /// them back. Cells are cut between paragraphs; a single paragraph longer than a cell is cut inside it and comes back
    /// as two paragraphs.
    /// </summary>
    public static LedgerTable Continued(LedgerTable points, int maxCellLength)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxCellLength, 2);
        var measure = IndexOf(points, Measure);
        var point = IndexOf(points, Point);
        if (measure < 0 || points.Rows.All(r => r.Cell(measure).Length <= maxCellLength))
        {
            return points;
        }

        var rows = new List<LedgerRow>();
        foreach (var row in points.Rows)
        {
            var pieces = Pieces(row.Cell(measure), maxCellLength);
            for (var i = 0; i < pieces.Count; i++)
            {
                var cells = row.Cells.ToArray();
                if (cells.Length <= measure)
                {
                    Array.Resize(ref cells, measure + 1);
                }

                cells[measure] = pieces[i];
                if (i > 0 && point >= 0 && point < cells.Length)
                {
                    cells[point] = string.Empty;
                }

                rows.Add(new LedgerRow(rows.Count + points.HeaderRowNumber + 1, cells));
            }
        }

        return new LedgerTable(points.Headers, rows, points.HeaderRowNumber, points.RowsAbove) { SheetName = points.SheetName };
    }

    private static int IndexOf(LedgerTable table, LedgerColumn column)
    {
        for (var i = 0; i < table.Headers.Count; i++)
        {
            if (Set.Find(table.Headers[i]) == column)
            {
                return i;
            }
        }

        return -1;
    }

    // Whole paragraphs while they fit; a paragraph longer than a cell in cell-sized parts (never between a surrogate pair).
    private static List<string> Pieces(string text, int max)
    {
        if (text.Length <= max)
        {
            return [text];
        }

        var pieces = new List<string>();
        var current = new System.Text.StringBuilder();
        foreach (var paragraph in text.Split('\n'))
        {
            var rest = paragraph;
            if (current.Length > 0 && current.Length + 1 + rest.Length > max)
            {
                pieces.Add(current.ToString());
                current.Clear();
            }

            while (rest.Length > max)
            {
                var cut = char.IsHighSurrogate(rest[max - 1]) ? max - 1 : max;
                pieces.Add(rest[..cut]);
                rest = rest[cut..];
            }

            current.Append(current.Length > 0 ? "\n" : string.Empty).Append(rest);
        }

        pieces.Add(current.ToString());
        return pieces;
    }
}
