using System.Text;
using SuggestionDesk.Calendar;
using SuggestionDesk.Items;
using static System.Net.WebUtility;

namespace SuggestionDesk.Web.Pages;

/// <summary>The item at the top of a page: number, title, who handles it, where it stands and what is due next.</summary>
internal static class ItemSummary
{
    public static string Html(SuggestionItem item, ItemDeadlines deadlines, DateOnly today, PageText text)
    {
        var html = new StringBuilder("<section class=\"item\">\n")
            .Append("<p class=\"number\">").Append(HtmlEncode(item.Number.Value)).Append("</p>\n")
            .Append("<p class=\"title\">").Append(HtmlEncode(item.Title)).Append("</p>\n<dl>\n");
        Row(html, text.T("承办", "Handled by"), $"{item.Department} {item.Owner}");
        Row(html, text.T("状态", "Status"), text.Status(item.Status));
        foreach (var due in deadlines.Running(item, today).OrderBy(d => d.Due).Take(2))
        {
            var late = due.Due < today ? text.T("（已逾期）", " (overdue)") : string.Empty;
            Row(html, text.T($"{text.Clock(due.Clock)}期限", $"{Capital(text.Clock(due.Clock))} due"), PageText.Date(due.Due) + late);
        }

        return html.Append("</dl>\n</section>\n").ToString();
    }

    private static void Row(StringBuilder html, string term, string value) =>
        html.Append("<dt>").Append(HtmlEncode(term)).Append("</dt><dd>").Append(HtmlEncode(value)).Append("</dd>\n");

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
