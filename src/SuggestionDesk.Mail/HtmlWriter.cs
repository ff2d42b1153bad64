using System.Text;
using static System.Net.WebUtility;

namespace SuggestionDesk.Mail;

/// <summary>
/// Writes content as HTML that Outlook shows as intended: tables for layout, inline styles only, no style or
/// script elements, nothing fetched from elsewhere. Every piece of content is HTML-encoded.
/// </summary>
internal static class HtmlWriter
{
    private const string Font = "font-family:'Microsoft YaHei','微软雅黑',SimSun,Arial,sans-serif;";
    private const string Cell = "border:1px solid #c8c8c8;padding:4px 8px;vertical-align:top;font-size:14px;";

    public static string Write(MessageContent content, string language)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(language).Append("\">\n<head>\n")
            .Append("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n")
            .Append("<title>").Append(HtmlEncode(content.Title)).Append("</title>\n</head>\n")
            .Append("<body style=\"margin:0;padding:16px;").Append(Font).Append("font-size:14px;color:#222222;\">\n")
            .Append(Paragraph(content.Greeting)).Append(Paragraph(content.Intro));
        foreach (var notice in content.Notices)
        {
            html.Append("<p style=\"margin:0 0 8px 0;padding:8px;border:1px solid #e0b000;background-color:#fff8e0;font-weight:bold;\">")
                .Append(HtmlEncode(notice)).Append("</p>\n");
        }

        foreach (var block in content.Blocks)
        {
            var size = block.Level == 1 ? "16px" : "14px";
            html.Append("<p style=\"margin:16px 0 6px 0;font-weight:bold;font-size:").Append(size).Append(";\">")
                .Append(HtmlEncode(block.Heading)).Append("</p>\n");
            if (block.Columns.Count > 0)
            {
                Table(html, block);
            }
        }

        html.Append("<p style=\"margin:24px 0 0 0;font-size:12px;color:#666666;\">").Append(HtmlEncode(content.Footer)).Append("</p>\n")
            .Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void Table(StringBuilder html, ContentBlock block)
    {
        html.Append("<table cellpadding=\"0\" cellspacing=\"0\" border=\"0\" style=\"border-collapse:collapse;").Append(Font).Append("\">\n<tr>");
        foreach (var column in block.Columns)
        {
            html.Append("<th align=\"left\" style=\"").Append(Cell).Append("background-color:#f0f0f0;\">").Append(HtmlEncode(column)).Append("</th>");
        }

        html.Append("</tr>\n");
        foreach (var row in block.Rows)
        {
            if (row.Details.Count == 0)
            {
                html.Append("<tr>");
                Cells(html, row.Cells, null);
                html.Append("</tr>\n");
                Note(html, row.Note, row.Cells.Count);
                Links(html, row.Links, block.Columns.Count);
                continue;
            }

            // The item's own cells span the rows of all its clocks: an item with two clocks is one entry with both.
            var span = row.Details.Sum(d => d.Note is null ? 1 : 2);
            for (var i = 0; i < row.Details.Count; i++)
            {
                html.Append("<tr>");
                if (i == 0)
                {
                    Cells(html, row.Cells, span);
                }

                Cells(html, row.Details[i].Cells, null);
                html.Append("</tr>\n");
                Note(html, row.Details[i].Note, row.Details[i].Cells.Count);
            }

            Links(html, row.Links, block.Columns.Count);
        }

        html.Append("</table>\n");
    }

    private static void Cells(StringBuilder html, IEnumerable<string> cells, int? rowSpan)
    {
        foreach (var cell in cells)
        {
            html.Append("<td");
            if (rowSpan is > 1)
            {
                html.Append(" rowspan=\"").Append(rowSpan.Value).Append('"');
            }

            html.Append(" style=\"").Append(Cell).Append("\">").Append(HtmlEncode(cell)).Append("</td>");
        }
    }

    private static void Note(StringBuilder html, string? note, int columns)
    {
        if (note is not null)
        {
            html.Append("<tr><td colspan=\"").Append(columns).Append("\" style=\"").Append(Cell)
                .Append("font-size:12px;color:#555555;\">").Append(HtmlEncode(note)).Append("</td></tr>\n");
        }
    }

    // One row across the table under the item: a button-like link per action, plain anchors Outlook keeps as links.
    private static void Links(StringBuilder html, IReadOnlyList<ContentLink> links, int columns)
    {
        if (links.Count == 0)
        {
            return;
        }

        html.Append("<tr><td colspan=\"").Append(columns).Append("\" style=\"").Append(Cell).Append("background-color:#fafafa;\">");
        foreach (var link in links)
        {
            html.Append("<a href=\"").Append(HtmlEncode(link.Url.AbsoluteUri)).Append("\" style=\"display:inline-block;margin:2px 8px 2px 0;padding:4px 10px;")
                .Append("border:1px solid #b22222;color:#b22222;text-decoration:none;font-weight:bold;\">").Append(HtmlEncode(link.Label)).Append("</a>");
        }

        html.Append("</td></tr>\n");
    }

    private static string Paragraph(string text) => $"<p style=\"margin:0 0 8px 0;\">{HtmlEncode(text)}</p>\n";
}
