namespace SuggestionDesk.Items;

/// <summary>Fields to change on an item's description; null leaves a field as it is.</summary>
public sealed record ItemEdit
{
    /// <summary>A new title.</summary>
    public string? Title { get; init; }
    /// <summary>A new kind.</summary>
    public ItemKind? Kind { get; init; }
    /// <summary>New proposers.</summary>
    public Proposers? Proposers { get; init; }
    /// <summary>New topics (replacing the old ones).</summary>
    public IReadOnlyList<string>? Topics { get; init; }
    /// <summary>New sub-points (replacing the old ones).</summary>
    public IReadOnlyList<SubPoint>? SubPoints { get; init; }

    /// <summary>Changing the role is refused once a reply is recorded: the reply's meaning depends on it.</summary>
    public HandlingRole? Role { get; init; }
    /// <summary>A new lead unit (for Joint items).</summary>
    public string? LeadUnit { get; init; }

    /// <summary>The assignment date as the congress gave it; refused once signed for.</summary>
    public DateOnly? AssignedOn { get; init; }

    /// <summary>A new leading official (领办领导); an empty text clears it.</summary>
    public string? LeadingOfficial { get; init; }
    /// <summary>New priorities (重点、难点、热点), replacing the old ones; an empty list clears them.</summary>
    public IReadOnlyList<ItemPriority>? Priorities { get; init; }
}
