namespace SuggestionDesk.Items;

/// <summary>Fields to change on an item's description; null leaves a field as it is.</summary>
public sealed record ItemEdit
{
    public string? Title { get; init; }
    public ItemKind? Kind { get; init; }
    public Proposers? Proposers { get; init; }
    public IReadOnlyList<string>? Topics { get; init; }
    public IReadOnlyList<SubPoint>? SubPoints { get; init; }

    /// <summary>Changing the role is refused once a reply is recorded: the reply's meaning depends on it.</summary>
    public HandlingRole? Role { get; init; }
    public string? LeadUnit { get; init; }

    /// <summary>The assignment date as the congress gave it; refused once signed for.</summary>
    public DateOnly? AssignedOn { get; init; }
}
