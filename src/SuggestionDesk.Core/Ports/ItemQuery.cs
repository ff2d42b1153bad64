using SuggestionDesk.Items;

namespace SuggestionDesk.Ports;

/// <summary>Which items to list; every filter set must match. Stores filter on the server.</summary>
public sealed record ItemQuery
{
    /// <summary>Everything.</summary>
    public static ItemQuery All { get; } = new();

    /// <summary>Only open items (see <see cref="SuggestionItem.IsOpen"/>); cost grows with open items, not the archive.</summary>
    public bool OpenOnly { get; init; }

    /// <summary>Only this session.</summary>
    public string? Session { get; init; }

    /// <summary>Only these statuses.</summary>
    public IReadOnlyList<ItemStatus>? Statuses { get; init; }

    /// <summary>Only this department.</summary>
    public string? Department { get; init; }

    /// <summary>Only items of this handling officer, by name, compared exactly (ordinal).</summary>
    public string? Owner { get; init; }

    /// <summary>Only items owned by this e-mail address (compared without regard to case).</summary>
    public string? OwnerEmail { get; init; }
}
