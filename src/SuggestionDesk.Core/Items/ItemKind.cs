namespace SuggestionDesk.Items;

/// <summary>What kind of item it is: who filed it decides the workflow's defaults.</summary>
public enum ItemKind
{
    /// <summary>A people's congress deputy's suggestion (人大代表建议).</summary>
    Suggestion,

    /// <summary>A CPPCC member's proposal (政协委员提案).</summary>
    Proposal,
}

/// <summary>Names of the kinds for people.</summary>
public static class ItemKindNames
{
    /// <summary>The words for each kind; ledgers also write the long forms (人大代表建议, 政协委员提案).</summary>
    public static EnumWords<ItemKind> Words { get; } = new(
        "kind",
        (ItemKind.Suggestion, ["建议"], ["代表建议", "人大代表建议"]),
        (ItemKind.Proposal, ["提案"], ["委员提案", "政协委员提案", "政协提案"]));

    /// <summary>The Chinese name, 建议 or 提案.</summary>
    public static string ChineseName(this ItemKind kind) => Words.ChineseName(kind);

    /// <summary>What items of <paramref name="kinds"/> are called together: 建议, 提案, or 建议提案 for both (建议 for none).</summary>
    public static string ChineseNoun(IEnumerable<ItemKind> kinds) => Of(kinds) switch
    {
        (false, true) => "提案",
        (true, true) => "建议提案",
        _ => "建议",
    };

    /// <summary>Who evaluates items of <paramref name="kinds"/>: 代表 (deputies), 委员 (members), or 代表（委员） for both.</summary>
    public static string ChineseEvaluator(IEnumerable<ItemKind> kinds) => Of(kinds) switch
    {
        (false, true) => "委员",
        (true, true) => "代表（委员）",
        _ => "代表",
    };

    private static (bool Suggestions, bool Proposals) Of(IEnumerable<ItemKind> kinds)
    {
        var present = kinds.ToHashSet();
        return (present.Contains(ItemKind.Suggestion), present.Contains(ItemKind.Proposal));
    }
}
