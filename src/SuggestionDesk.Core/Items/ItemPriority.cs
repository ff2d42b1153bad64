namespace SuggestionDesk.Items;

/// <summary>
/// Why an item is one a leader takes up in person (领办): a key (重点), difficult (难点) or hot-spot (热点) suggestion.
/// An item may be any combination of them, or none.
/// </summary>
public enum ItemPriority
{
    /// <summary>重点: a key suggestion.</summary>
    Key,

    /// <summary>难点: a difficult one.</summary>
    Difficult,

    /// <summary>热点: a hot spot, one the public is watching.</summary>
    Hot,
}

/// <summary>Names of the priorities for people, and the lists a ledger cell holds (重点、热点).</summary>
public static class ItemPriorityNames
{
    private static readonly char[] Separators = [';', '；', '、', ',', '，', '/', '／', '|', ' ', '\u3000', '\n', '\r', '\t'];

    /// <summary>The words for each priority; ledgers may add 建议 (重点建议).</summary>
    public static EnumWords<ItemPriority> Words { get; } = new(
        "priority",
        (ItemPriority.Key, ["重点"], ["重点建议", "重点件"]),
        (ItemPriority.Difficult, ["难点"], ["难点建议", "难点件"]),
        (ItemPriority.Hot, ["热点"], ["热点建议", "热点件"]));

    /// <summary>What a list of priorities may hold, for messages.</summary>
    public static string ListExpected =>
        Localization.MessageText.Format(Localization.Messages.ItemPriorityListExpected, Words.Expected);

    /// <summary>The Chinese name, e.g. 重点.</summary>
    public static string ChineseName(this ItemPriority priority) => Words.ChineseName(priority);

    /// <summary>Each priority once, in declaration order (重点, 难点, 热点), whatever order they were given in.</summary>
    public static IReadOnlyList<ItemPriority> Normalize(IEnumerable<ItemPriority>? priorities) =>
        (priorities ?? []).Distinct().Order().ToArray();

    /// <summary>
    /// Reads a list such as <c>重点、热点</c>, <c>Key, Hot</c> or <c>重点/难点</c>; empty text is no priority. False with the
    /// first word that is none of them in <paramref name="unknown"/>.
    /// </summary>
    public static bool TryReadList(string? text, out IReadOnlyList<ItemPriority> priorities, out string? unknown)
    {
        var read = new List<ItemPriority>();
        foreach (var word in (text ?? string.Empty).Split(Separators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!Words.TryRead(word, out var priority))
            {
                priorities = [];
                unknown = word;
                return false;
            }

            read.Add(priority);
        }

        priorities = Normalize(read);
        unknown = null;
        return true;
    }

    /// <summary>The list as a ledger writes it: <c>重点、热点</c> in Chinese, <c>Key, Hot</c> in English; empty for none.</summary>
    public static string Join(IEnumerable<ItemPriority> priorities, Language language) =>
        language == Language.Chinese
            ? string.Join("、", priorities.Select(p => p.ChineseName()))
            : string.Join(", ", priorities.Select(p => p.ToString()));
}
