namespace SuggestionDesk.Items;

/// <summary>One field that changed, with its value before and after (as text; null means "not set").</summary>
/// <param name="Field">The field, e.g. <c>Status</c> or <c>Replies[1].Date</c>.</param>
/// <param name="From">The value before.</param>
/// <param name="To">The value after.</param>
public sealed record FieldChange(string Field, string? From, string? To);

/// <summary>One change to an item: when, who, what was done and which fields changed from what to what.</summary>
/// <param name="Id">Identifies the entry.</param>
/// <param name="At">When the change was made.</param>
/// <param name="Actor">Who made it (the caller's identity or a given name).</param>
/// <param name="Action">What was done, e.g. <c>SignFor</c>, <c>Reply</c>, <c>Edit</c>.</param>
/// <param name="Changes">The fields that changed.</param>
public sealed record HistoryEntry(Guid Id, DateTimeOffset At, string Actor, string Action, IReadOnlyList<FieldChange> Changes)
{
    /// <summary>What <see cref="Via"/> holds for a change an officer made from a reminder's link, not through the office.</summary>
    public const string ViaMailLink = "mail link";

    /// <summary>How the change came in when not from the office's own tools (<see cref="ViaMailLink"/>); null otherwise.</summary>
    public string? Via { get; init; }
}
