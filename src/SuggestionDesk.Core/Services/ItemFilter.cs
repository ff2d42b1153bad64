using SuggestionDesk.Items;

namespace SuggestionDesk.Services;

/// <summary>Which items to list, as <c>Get-Suggestion</c> asks; every filter set must match.</summary>
public sealed record ItemFilter
{
    /// <summary>Only these numbers (exact).</summary>
    public IReadOnlyList<SuggestionNumber>? Numbers { get; init; }

    /// <summary>Only this session.</summary>
    public string? Session { get; init; }

    /// <summary>Only these statuses.</summary>
    public IReadOnlyList<ItemStatus>? Statuses { get; init; }

    /// <summary>Only this department.</summary>
    public string? Department { get; init; }

    /// <summary>Only this handling officer (承办人), by name, compared exactly (ordinal).</summary>
    public string? Owner { get; init; }

    /// <summary>Only this owner's e-mail (without regard to case).</summary>
    public string? OwnerEmail { get; init; }

    /// <summary>Only items marked with any of these priorities (重点、难点、热点).</summary>
    public IReadOnlyList<ItemPriority>? Priorities { get; init; }

    /// <summary>Only items this leader takes up in person (领办领导), compared exactly (ordinal, after trimming).</summary>
    public string? LeadingOfficial { get; init; }

    /// <summary>Whether a practice condition is set (<see cref="Priorities"/>, <see cref="LeadingOfficial"/>): the store cannot filter on them.</summary>
    public bool FiltersByPractice => Priorities is { Count: > 0 } || LeadingOfficial is not null;

    /// <summary>Only items with a clock due within this many calendar days of <see cref="AsOf"/> (today included).</summary>
    public int? DueWithinDays { get; init; }

    /// <summary>Only items with a clock past its due date on <see cref="AsOf"/> (with <see cref="DueWithinDays"/>: either).</summary>
    public bool Overdue { get; init; }

    /// <summary>
    /// The day the items are seen as of: each as it stood at the end of that day (later events taken back, items
    /// assigned later left out), its status and deadlines judged on it. Today for the store as it is.
    /// </summary>
    public required DateOnly AsOf { get; init; }

    /// <summary>Whether a deadline condition is set, so only items open on <see cref="AsOf"/> need reading.</summary>
    public bool FiltersByDeadline => DueWithinDays is not null || Overdue;
}
