using SuggestionDesk.Reminders;
using SuggestionDesk.Items;

namespace SuggestionDesk.Mail;

/// <summary>
/// A subject that says what is needed, counting items (an item with two clocks due counts once, under the more pressing
/// one); zero counts are left out. A warning before a break says so first, with the break's name.
/// </summary>
internal static class SubjectLine
{
    public static string For(ReminderMessage message, Language language)
    {
        var english = language == Language.English;
        var noun = ChineseWords.Noun(message.Kinds);
        var parts = english
            ? Parts((message.BeforeBreak, "due during or just after the break"), (message.DueSoon, "due soon"), (message.DueToday, "due today"),
                (message.Overdue, "overdue"), (message.Chases, "awaiting evaluation follow-up"))
            : Parts((message.BeforeBreak, "在假期中或节后到期"), (message.DueSoon, "即将到期"), (message.DueToday, "今日到期"),
                (message.Overdue, "已逾期"), (message.Chases, "待征询评价"));

        if (parts.Count > 0)
        {
            // The first part names the noun ("3 items due soon", "3 件建议即将到期", 提案 for members' proposals); the rest only count.
            var (count, label) = parts[0];
            var first = english ? $"{count} item{(count == 1 ? string.Empty : "s")} {label}" : $"{count} 件{noun}{label}";
            var rest = parts.Skip(1).Select(p => english ? $"{p.Count} {p.Label}" : $"{p.Count} 件{p.Label}");
            var counts = string.Join(english ? ", " : "，", rest.Prepend(first));
            return (english, message.Break) switch
            {
                (true, { } coming) => $"[Reminder] {coming.EnglishName}: {counts}",
                (true, null) => "[Reminder] " + counts,
                (false, { } coming) => $"【催办】{coming.ChineseName}：{counts}",
                _ => "【催办】" + counts,
            };
        }

        if (message.Digests.Count > 0)
        {
            var open = OpenItems(message.Digests);
            return english ? $"[Weekly] {open} open item{(open == 1 ? string.Empty : "s")}" : $"【询办】本周{noun}办理情况：共 {open} 件在办";
        }

        return english ? "[Reminder] Suggestion handling" : $"【催办】{noun}办理提醒";
    }

    // The office's digest covers every item; without it, a person heading two departments has two disjoint digests.
    private static int OpenItems(IReadOnlyList<DigestSection> digests) =>
        digests.FirstOrDefault(d => d.Role == RecipientRole.Office)?.Total ?? digests.Sum(d => d.Total);

    private static List<(int Count, string Label)> Parts(params (int Count, string Label)[] parts) => parts.Where(p => p.Count > 0).ToList();
}
