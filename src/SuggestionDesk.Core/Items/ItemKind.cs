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
}
