using System.Text;
using SuggestionDesk.Localization;

namespace SuggestionDesk.Spreadsheets;

/// <summary>
/// RFC 4180 records, read and written as Excel does: comma-separated; a cell with a comma, a quote or a line
/// break is enclosed in double quotes and its quotes doubled. Reading is as lenient as Excel (a stray quote
/// inside an unquoted cell is kept as a character); a quoted cell that never closes is an error, since
/// everything after it would land in one cell.
/// </summary>
internal static class CsvRecords
{
    /// <summary>The records of <paramref name="text"/>; an empty line is a record with one empty cell, so numbering matches Excel's rows.</summary>
    public static List<IReadOnlyList<string>> Parse(string text)
    {
        var records = new List<IReadOnlyList<string>>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        var quoteStartRecord = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i += 2;
                    continue;
                }

                if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }

                i++;
                continue;
            }

            switch (c)
            {
                case '"' when cell.Length == 0:
                    quoted = true;
                    quoteStartRecord = records.Count + 1;
                    break;
                case ',':
                    cells.Add(cell.ToString());
                    cell.Clear();
                    break;
                case '\r' or '\n':
                    cells.Add(cell.ToString());
                    cell.Clear();
                    records.Add(cells.ToArray());
                    cells.Clear();
                    if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    break;
                default:
                    cell.Append(c);
                    break;
            }

            i++;
        }

        if (quoted)
        {
            throw new InvalidDataException(
                MessageText.Format(Localization.Messages.CsvQuoteNeverCloses, quoteStartRecord));
        }

        // The last line usually ends with a line break; only a line with content makes a last record.
        if (cells.Count > 0 || cell.Length > 0)
        {
            cells.Add(cell.ToString());
            records.Add(cells.ToArray());
        }

        return records;
    }

    /// <summary>Writes one record, quoting the cells that need it, and a CRLF.</summary>
    public static void Write(TextWriter writer, IEnumerable<string?> cells)
    {
        var first = true;
        foreach (var cell in cells)
        {
            if (!first)
            {
                writer.Write(',');
            }

            writer.Write(Quote(cell ?? string.Empty));
            first = false;
        }

        writer.Write("\r\n");
    }

    private static string Quote(string cell)
    {
        // Leading or trailing spaces are quoted too, so that no reader trims them away.
        var needs = cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 || (cell.Length > 0 && (char.IsWhiteSpace(cell[0]) || char.IsWhiteSpace(cell[^1])));
        return needs ? $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : cell;
    }
}
