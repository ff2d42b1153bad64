using System.Globalization;
using SuggestionDesk.Items;

namespace SuggestionDesk.Reporting;

/// <summary>
/// The paragraph that opens 主要做法 (how the work was done) with what the figures say: contacts with deputies by method
/// and by phase, and items led by a leader, by priority. A method, phase or priority with none is left out; with no
/// contact and no item led there is no paragraph.
/// </summary>
internal static class PracticesText
{
    private static readonly (ContactMethod Method, string Chinese, string One, string Many)[] Methods =
    [
        (ContactMethod.Phone, "电话联系", "by phone", "by phone"),
        (ContactMethod.Visit, "上门拜访", "visit", "visits"),
        (ContactMethod.Meeting, "座谈面商", "meeting", "meetings"),
        (ContactMethod.Survey, "共同调研", "joint survey", "joint surveys"),
        (ContactMethod.Other, "其他方式", "in another way", "in other ways"),
    ];

    private static readonly (ContactPhase Phase, string Chinese, string English)[] Phases =
    [
        (ContactPhase.Before, "办前商谈", "before handling began"),
        (ContactPhase.During, "办时共商", "during handling"),
        (ContactPhase.After, "办后征询", "after the reply"),
    ];

    private static readonly (ItemPriority Priority, string Chinese, string English)[] Priorities =
    [
        (ItemPriority.Key, "重点", "key"),
        (ItemPriority.Difficult, "难点", "difficult"),
        (ItemPriority.Hot, "热点", "hot-spot"),
    ];

    /// <summary>The paragraph in Chinese, e.g. 办理过程中，共与代表沟通联系17次，其中电话联系12次、……; null when there is nothing to say.</summary>
    /// <param name="s">The figures.</param>
    /// <param name="noun">What the items are called in short: 建议, 提案 or 建议提案.</param>
    public static string? Chinese(SummaryFigures s, string noun)
    {
        var sentences = new List<string>();
        var methods = Methods.Where(m => s.ContactsBy(m.Method) > 0).Select(m => $"{m.Chinese}{s.ContactsBy(m.Method)}次").ToArray();
        if (methods.Length > 0)
        {
            var contacts = methods.Length == 1 ? $"共与代表{methods[0]}" : $"共与代表沟通联系{s.Contacts}次，其中{string.Join("、", methods)}";
            var phases = Phases.Where(p => s.ContactsIn(p.Phase) > 0).Select(p => $"{p.Chinese}{s.ContactsIn(p.Phase)}次").ToArray();
            sentences.Add(contacts + (phases.Length > 0 ? $"；按办理阶段分，{string.Join("、", phases)}" : string.Empty) + "。");
        }

        if (s.LedByOfficial > 0)
        {
            var priorities = Priorities.Where(p => s.LedWithPriority(p.Priority) > 0).Select(p => $"{p.Chinese}{noun}{s.LedWithPriority(p.Priority)}件").ToArray();
            sentences.Add($"领导领办{noun}{s.LedByOfficial}件" + (priorities.Length > 0 ? $"，其中{string.Join("、", priorities)}" : string.Empty) + "。");
        }

        return sentences.Count == 0 ? null : "办理过程中，" + string.Concat(sentences);
    }

    /// <summary>The paragraph in English, e.g. During handling, the office was in touch with the deputies 17 times: …; null when there is nothing to say.</summary>
    public static string? English(SummaryFigures s)
    {
        var sentences = new List<string>();
        var methods = Methods.Where(m => s.ContactsBy(m.Method) > 0).Select(m => Count(s.ContactsBy(m.Method), m.One, m.Many)).ToArray();
        if (methods.Length > 0)
        {
            var phases = Phases.Where(p => s.ContactsIn(p.Phase) > 0).Select(p => $"{N(s.ContactsIn(p.Phase))} {p.English}").ToArray();
            sentences.Add($"During handling, the office was in touch with the deputies {Count(s.Contacts, "time", "times")}: {List(methods)}"
                + (phases.Length > 0 ? $"; {List(phases)}" : string.Empty) + ".");
        }

        if (s.LedByOfficial > 0)
        {
            var priorities = Priorities.Where(p => s.LedWithPriority(p.Priority) > 0).Select(p => $"{N(s.LedWithPriority(p.Priority))} {p.English}").ToArray();
            sentences.Add($"Leaders took up {Count(s.LedByOfficial, "item", "items")} in person" + (priorities.Length > 0 ? $", of them {List(priorities)}" : string.Empty) + ".");
        }

        return sentences.Count == 0 ? null : string.Join(" ", sentences);
    }

    private static string Count(int n, string one, string many) => $"{N(n)} {(n == 1 ? one : many)}";

    private static string List(string[] parts) => parts.Length < 2 ? string.Concat(parts) : string.Join(", ", parts[..^1]) + " and " + parts[^1];

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}
