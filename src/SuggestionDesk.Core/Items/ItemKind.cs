namespace SuggestionDesk.Items;

/// <summary>What kind of item it is: who filed it decides the workflow's defaults.</summary>
public enum ItemKind
{
    /// <summary>A people's congress deputy's suggestion (人大代表建议).</summary>
    Suggestion,

    /// <summary>A CPPCC member's proposal (政协委员提案).</summary>
    Proposal,
}
