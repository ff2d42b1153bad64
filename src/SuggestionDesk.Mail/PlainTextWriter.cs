using System.Text;

namespace SuggestionDesk.Mail;

/// <summary>
/// Writes content as plain text for a monospace client. Rows are blocks rather than aligned columns, since
/// Chinese characters take two columns in most monospace fonts and alignment would break.
/// </summary>
internal static class PlainTextWriter
{
    public static string Write(MessageContent content)
    {
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
                Line(text, block.Columns.Skip(2), row.Cells.Skip(2), row.Note);
                foreach (var detail in row.Details)
                {
                    Line(text, block.Columns.Skip(row.Cells.Count), detail.Cells, detail.Note);
                }

                foreach (var link in row.Links)
                {
                    text.Append("   ").Append(link.Label).Append(": ").Append(link.Url.AbsoluteUri).Append('\n');
                }
            }
        }

        text.Append('\n').Append("-- ").Append('\n').Append(content.Footer).Append('\n');
        return text.ToString();
    }

    private static void Line(StringBuilder text, IEnumerable<string> columns, IEnumerable<string> cells, string? note)
    {
        var details = columns.Zip(cells, (column, cell) => $"{column}: {cell}").ToArray();
        if (details.Length > 0)
        {
            text.Append("   ").Append(string.Join(" | ", details)).Append('\n');
        }

        if (note is not null)
        {
            text.Append("   ").Append(note).Append('\n');
        }
    }
}
