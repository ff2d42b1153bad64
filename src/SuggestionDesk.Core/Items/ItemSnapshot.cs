namespace SuggestionDesk.Items;

/// <summary>
/// The whole state of an item as plain data, for stores to persist and restore. Contacts are not part of
/// it: they are appended separately so that concurrent appends never conflict.
/// </summary>
public sealed record ItemSnapshot
{
    public required string Number { get; init; }
    public required ItemKind Kind { get; init; }
    public required string Session { get; init; }
    public required string Title { get; init; }
    public required string LeadProposer { get; init; }
    public IReadOnlyList<string> CoSigners { get; init; } = [];
    public IReadOnlyList<string> Topics { get; init; } = [];
    public IReadOnlyList<SubPoint> SubPoints { get; init; } = [];
    public required HandlingRole Role { get; init; }
    public string? LeadUnit { get; init; }
    public required string Department { get; init; }
    public required string Owner { get; init; }
    public string? OwnerEmail { get; init; }
    public required DateOnly AssignedOn { get; init; }
    public ItemStatus Status { get; init; }
    public DateOnly? SignedForOn { get; init; }
    public ReturnRequest? Return { get; init; }
    public IReadOnlyList<Extension> Extensions { get; init; } = [];
    public IReadOnlyList<Reply> Replies { get; init; } = [];
    public IReadOnlyList<Evaluation> Evaluations { get; init; } = [];
    public bool FollowUpPending { get; init; }
    public Disclosure? Disclosure { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public string CreatedBy { get; init; } = string.Empty;
    public DateTimeOffset UpdatedAt { get; init; }
    public string UpdatedBy { get; init; } = string.Empty;
}
