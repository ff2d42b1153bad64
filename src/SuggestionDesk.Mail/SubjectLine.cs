using SuggestionDesk.Reminders;
using SuggestionDesk.Items;

namespace SuggestionDesk.Mail;

/// <summary>A subject that says what is needed, from the message's counts; zero counts are left out.</summary>
internal static class SubjectLine
{
    public static string For(ReminderMessage message, Language language)
    {
        var english = language == Language.English;
        var parts = english
            ? Parts((message.DueSoon, "due soon"), (message.DueToday, "due today"), (message.Overdue, "overdue"), (message.Chases, "awaiting evaluation follow-up"))
            : Parts((message.DueSoon, "即将到期"), (message.DueToday, "今日到期"), (message.Overdue, "已逾期"), (message.Chases, "待跟进评价"));

        if (parts.Count > 0)
        {
            // The first part names the noun ("3 items due soon", "3 件建议即将到期"); the rest only count.
            var (count, label) = parts[0];
            var first = english ? $"{count} item{(count == 1 ? string.Empty : "s")} {label}" : $"{count} 件建议{label}";
            var rest = parts.Skip(1).Select(p => english ? $"{p.Count} {p.Label}" : $"{p.Count} 件{p.Label}");
            return english
                ? "[Reminder] " + string.Join(", ", rest.Prepend(first))
                : "【催办】" + string.Join("，", rest.Prepend(first));
        }

        if (message.Digests.Count > 0)
        {
            var open = OpenItems(message.Digests);
            return english ? $"[Weekly] {open} open item{(open == 1 ? string.Empty : "s")}" : $"【询办】本周建议办理情况：共 {open} 件在办";
        }

        return english ? "[Reminder] Suggestion handling" : "【催办】建议办理提醒";
    }

    // The office's digest covers every item; without it, a person heading two departments has two disjoint digests.
    private static int OpenItems(IReadOnlyList<DigestSection> digests) =>
        digests.FirstOrDefault(d => d.Role == RecipientRole.Office)?.Total ?? digests.Sum(d => d.Total);

    private static List<(int Count, string Label)> Parts(params (int Count, string Label)[] parts) => parts.Where(p => p.Count > 0).ToList();
}
