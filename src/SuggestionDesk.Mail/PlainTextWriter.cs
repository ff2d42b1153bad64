using System.Text;

namespace SuggestionDesk.Mail;

/// <summary>
/// Writes content as plain text for a monospace client. Rows are blocks rather than aligned columns, since
/// Chinese characters take two columns in most monospace fonts and alignment would break. A Chinese message takes
/// Chinese punctuation (期限：答复　到期日：2026-10-08), an English one "Clock: Reply | Due: 2026-10-08"; an empty cell
/// is left out rather than shown as a bare label.
/// </summary>
internal static class PlainTextWriter
{
    /// <summary>Writes <paramref name="content"/>; <paramref name="language"/> is the message's, as in HTML (zh-CN, en).</summary>
    public static string Write(MessageContent content, string language)
    {
        var marks = language.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? Marks.Chinese : Marks.English;
        var text = new StringBuilder();
        text.Append(content.Greeting).Append('\n').Append('\n').Append(content.Intro).Append('\n');
        foreach (var notice in content.Notices)
        {
            text.Append('\n').Append("** ").Append(notice).Append(" **").Append('\n');
        }
        foreach (var block in content.Blocks)
        {
            text.Append('\n').Append(block.Level == 1 ? $"== {block.Heading} ==" : $"-- {block.Heading} --").Append('\n');
            var number = 0;
            foreach (var row in block.Rows)
            {
                number++;
                text.Append('\n').Append(number).Append(". ").Append(row.Cells[0]).Append("  ").Append(row.Cells[1]).Append('\n');
                Line(text, marks, block.Columns.Skip(2), row.Cells.Skip(2), row.Note);
                foreach (var detail in row.Details)
                {
                    Line(text, marks, block.Columns.Skip(row.Cells.Count), detail.Cells, detail.Note);
                }

                foreach (var link in row.Links)
                {
                    text.Append("   ").Append(link.Label).Append(marks.Colon).Append(link.Url.AbsoluteUri).Append('\n');
                }
            }
        }

        text.Append('\n').Append("-- ").Append('\n').Append(content.Footer).Append('\n');
        return text.ToString();
    }

    private static void Line(StringBuilder text, Marks marks, IEnumerable<string> columns, IEnumerable<string> cells, string? note)
    {
        var details = columns.Zip(cells, (column, cell) => (column, cell))
            .Where(d => !string.IsNullOrWhiteSpace(d.cell))
            .Select(d => d.column + marks.Colon + d.cell)
            .ToArray();
        if (details.Length > 0)
        {
            text.Append("   ").Append(string.Join(marks.Separator, details)).Append('\n');
        }

        if (note is not null)
        {
            text.Append("   ").Append(note).Append('\n');
        }
    }

    /// <summary>What follows a label and what stands between two labelled cells.</summary>
    private sealed record Marks(string Colon, string Separator)
    {
        public static Marks Chinese { get; } = new("：", "\u3000");

        public static Marks English { get; } = new(": ", " | ");
    }
}
