using SuggestionDesk.Actions;
using SuggestionDesk.Items;

namespace SuggestionDesk.Mail;

/// <summary>
/// Puts a message's links under the items they act on: every row of an item (its first cell is the item's number) gets
/// a link per action the run issued for it, and the footer says how the links work. A message without links is as before.
/// </summary>
internal static class ActionLinkRows
{
    public static MessageContent Add(MessageContent content, IReadOnlyList<ItemLink> links, Language language)
    {
        if (links.Count == 0)
        {
            return content;
        }

        var byNumber = links.GroupBy(l => l.Number.Value).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        var blocks = content.Blocks.Select(block => block with
        {
            Rows = block.Rows.Select(row => row.Cells.Count > 0 && byNumber.TryGetValue(row.Cells[0], out var mine)
                ? row with { Links = mine.Select(l => new ContentLink(Label(l.Action, language), l.Url)).ToArray() }
                : row).ToArray(),
        }).ToArray();
        return content with { Blocks = blocks, Footer = Note(language) + " " + content.Footer };
    }

    private static string Label(ItemAction action, Language language) => language == Language.English ? action.EnglishName() : action.ChineseName();

    private static string Note(Language language) => language == Language.English
        ? "The links under each item act on it without going through the office: each works once, for you only, and shows a form first (opening it changes nothing)."
        : "各件下方的链接可直接办理，无需再经督办室录入：每个链接仅供本人使用一次，打开后先显示表单，提交后才生效。";
}
