using System.Globalization;
using System.Xml;
using SuggestionDesk.Localization;

namespace SuggestionDesk.Spreadsheets;

/// <summary>
/// Reads one worksheet (<paramref name="part"/>) into rows of text within <see cref="XlsxLimits"/>, each sheet within the
/// limits on its own, with the workbook's shared texts and date styles read once (<see cref="XlsxWorkbook"/>): cells are
/// kept only where they hold a value, a value past the last allowed row or column is refused naming its cell, and a merged area (a department
/// spanning its items' rows) gives its value to the cells it covers, but only inside the rows and columns that hold
/// data, so <c>A2:XFD1048576</c> costs no more than the data it overlaps. Malformed merge references are refused.
/// </summary>
internal sealed class XlsxSheet(
    XlsxPackage package, string part, IReadOnlyList<string> shared, IReadOnlyList<bool> dateStyles, XlsxLimits limits, CancellationToken cancellationToken)
{
    private readonly List<string[]?> rows = [null]; // indexed by row number; row 0 unused
    private readonly List<(int Top, int Left, int Bottom, int Right)> merges = [];
    private long cells;
    private int lastColumn;

    /// <summary>The sheet's rows from row 1 to the last that holds a value, each as wide as the widest.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Read()
    {
        using (var reader = package.Read(part))
        {
            var row = 0;
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                switch (reader.LocalName)
                {
                    case "row":
                        cancellationToken.ThrowIfCancellationRequested();
                        row = int.TryParse(reader.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : row + 1;
                        ReadRow(reader, row);
                        break;
                    case "mergeCell":
                        AddMerge(reader.GetAttribute("ref"));
                        break;
                }
            }
        }

        FillMerges();
        return Rows();
    }

    private void ReadRow(XmlReader reader, int row)
    {
        if (reader.IsEmptyElement)
        {
            return;
        }

        var depth = reader.Depth;
        var column = 0;
        reader.Read();
        while (!(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth) && !reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "c")
            {
                column = XlsxCellReference.TryParse(reader.GetAttribute("r"), out var c, out _) ? c : column + 1;
                if (++cells > limits.MaxCells)
                {
                    throw new InvalidDataException(MessageText.Format(Localization.Messages.SheetTooManyCells, limits.MaxCells));
                }

                if (ReadCell(reader, row, column) is { Length: > 0 } value)
                {
                    Put(row, column, value);
                }
            }
            else if (reader.NodeType == XmlNodeType.Element)
            {
                reader.Skip();
                continue;
            }

            reader.Read();
        }
    }

    private string? ReadCell(XmlReader reader, int row, int column)
    {
        var type = reader.GetAttribute("t");
        var style = int.TryParse(reader.GetAttribute("s"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 0;
        if (reader.IsEmptyElement)
        {
            return null;
        }

        string? value = null;
        var depth = reader.Depth;
        reader.Read();
        while (!(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth) && !reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName is "v" or "is")
            {
                value = XlsxText.Read(reader, limits.MaxCellLength) ?? throw TooLong(row, column);
            }
            else if (reader.NodeType == XmlNodeType.Element)
            {
                reader.Skip(); // a formula (<f>): its cached value is what the office sees
                continue;
            }

            reader.Read();
        }

        return value is null ? null : XlsxCellValue.Text(value, type, style < dateStyles.Count && dateStyles[style], shared, package.Date1904, Cell(row, column));
    }

    private void Put(int row, int column, string value)
    {
        if (row > limits.MaxRows)
        {
            throw new InvalidDataException(
                MessageText.Format(Localization.Messages.SheetRowTooFar, Cell(row, column), row, limits.MaxRows));
        }

        if (column > limits.MaxColumns)
        {
            throw new InvalidDataException(
                MessageText.Format(Localization.Messages.SheetColumnTooFar, Cell(row, column), column, limits.MaxColumns));
        }

        while (rows.Count <= row)
        {
            rows.Add(null);
        }

        var cells = rows[row] ?? new string[Math.Max(column, 20)];
        if (cells.Length < column)
        {
            Array.Resize(ref cells, Math.Min(Math.Max(column, cells.Length * 2), limits.MaxColumns));
        }

        cells[column - 1] = value;
        rows[row] = cells;
        lastColumn = Math.Max(lastColumn, column);
    }

    private void AddMerge(string? reference)
    {
        if (!XlsxCellReference.TryParseArea(reference, out var area))
        {
            throw new InvalidDataException(
                MessageText.Format(Localization.Messages.SheetMergeNoArea, Items.TextRules.Quote(reference)));
        }

        if (merges.Count >= limits.MaxMergedAreas)
        {
            throw new InvalidDataException(MessageText.Format(Localization.Messages.SheetTooManyMerged, limits.MaxMergedAreas));
        }

        merges.Add(area);
    }

    // A merged area's value is in its top-left cell; Excel shows it across the area. Only cells inside the data's own
    // rows and columns are filled, and the work is counted against the cell limit (overlapping areas cannot multiply it).
    private void FillMerges()
    {
        var lastRow = rows.Count - 1;
        long filled = 0;
        foreach (var (top, left, bottom, right) in merges)
        {
            if (top > lastRow || left > lastColumn || rows[top]?.ElementAtOrDefault(left - 1) is not { Length: > 0 } value)
            {
                continue;
            }

            for (var row = top; row <= Math.Min(bottom, lastRow); row++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                for (var column = left; column <= Math.Min(right, lastColumn); column++)
                {
                    if (++filled > limits.MaxCells)
                    {
                        throw new InvalidDataException(MessageText.Format(Localization.Messages.SheetMergedTooLarge, limits.MaxCells));
                    }

                    if (rows[row]?.ElementAtOrDefault(column - 1) is not { Length: > 0 })
                    {
                        Put(row, column, value);
                    }
                }
            }
        }
    }

    private IReadOnlyList<IReadOnlyList<string>> Rows()
    {
        var result = new IReadOnlyList<string>[rows.Count - 1];
        for (var row = 1; row < rows.Count; row++)
        {
            var cells = new string[lastColumn];
            var stored = rows[row];
            for (var column = 0; column < lastColumn; column++)
            {
                cells[column] = stored is not null && column < stored.Length ? stored[column] ?? string.Empty : string.Empty;
            }

            result[row - 1] = cells;
        }

        return result;
    }

    private static string Cell(int row, int column) => XlsxCellReference.Letters(column) + row.ToString(CultureInfo.InvariantCulture);

    private InvalidDataException TooLong(int row, int column) =>
        new(MessageText.Format(Localization.Messages.SheetCellTooLong, Cell(row, column), limits.MaxCellLength));
}
