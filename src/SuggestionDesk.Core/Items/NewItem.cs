namespace SuggestionDesk.Items;

/// <summary>What it takes to register an item as assigned (交办) to the office.</summary>
public sealed record NewItem
{
    public required SuggestionNumber Number { get; init; }
    public ItemKind Kind { get; init; } = ItemKind.Suggestion;

    /// <summary>The session it was filed at, e.g. 市七届人大一次会议, or the recess (闭会期间). Fixed once created.</summary>
    public required string Session { get; init; }
    public required string Title { get; init; }
    public required Proposers Proposers { get; init; }
    public IReadOnlyList<string> Topics { get; init; } = [];
    public IReadOnlyList<SubPoint> SubPoints { get; init; } = [];
    public required HandlingRole Role { get; init; }

    /// <summary>For Joint items, the unit that leads and receives our opinion.</summary>
    public string? LeadUnit { get; init; }
    public required string Department { get; init; }
    public required string Owner { get; init; }
    public string? OwnerEmail { get; init; }
    public required DateOnly AssignedOn { get; init; }
}
