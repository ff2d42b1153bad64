namespace SuggestionDesk.Items;

/// <summary>What it takes to register an item as assigned (交办) to the office.</summary>
public sealed record NewItem
{
    /// <summary>The number the congress gave it, kept exactly as given.</summary>
    public required SuggestionNumber Number { get; init; }
    /// <summary>Suggestion (人大代表建议) or proposal (政协委员提案).</summary>
    public ItemKind Kind { get; init; } = ItemKind.Suggestion;

    /// <summary>The session it was filed at, e.g. 市七届人大一次会议, or the recess (闭会期间). Fixed once created.</summary>
    public required string Session { get; init; }
    /// <summary>The title, e.g. 关于创新智慧城市和数字政府建设管理体制机制的建议.</summary>
    public required string Title { get; init; }
    /// <summary>The lead deputy or member and the co-signers.</summary>
    public required Proposers Proposers { get; init; }
    /// <summary>Topics it covers, e.g. 智慧城市, 数字政府.</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];
    /// <summary>Its points, each answered with the measures taken.</summary>
    public IReadOnlyList<SubPoint> SubPoints { get; init; } = [];
    /// <summary>What our unit does with it: Lead, Sole, Split or Joint.</summary>
    public required HandlingRole Role { get; init; }

    /// <summary>For Joint items, the unit that leads and receives our opinion.</summary>
    public string? LeadUnit { get; init; }
    /// <summary>The department (处室) handling it.</summary>
    public required string Department { get; init; }
    /// <summary>The handling officer (承办人).</summary>
    public required string Owner { get; init; }
    /// <summary>The handling officer's e-mail, where reminders go.</summary>
    public string? OwnerEmail { get; init; }
    /// <summary>The leader who takes the item up in person (领办领导), e.g. 张局长.</summary>
    public string? LeadingOfficial { get; init; }
    /// <summary>Key, difficult or hot spot (重点、难点、热点), any combination.</summary>
    public IReadOnlyList<ItemPriority> Priorities { get; init; } = [];
    /// <summary>The day it was assigned (交办); the clocks start here.</summary>
    public required DateOnly AssignedOn { get; init; }
}
