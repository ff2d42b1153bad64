namespace SuggestionDesk.Items;

/// <summary>
/// The whole state of an item as plain data, for stores to persist and restore. Contacts are not part of
/// it: they are appended separately so that concurrent appends never conflict.
/// </summary>
public sealed record ItemSnapshot
{
    /// <summary>The number the congress gave it, kept exactly as given.</summary>
    public required string Number { get; init; }
    /// <summary>Suggestion (人大代表建议) or proposal (政协委员提案).</summary>
    public required ItemKind Kind { get; init; }
    /// <summary>The session it was filed at, e.g. 市七届人大一次会议; fixed once created.</summary>
    public required string Session { get; init; }
    /// <summary>The title, e.g. 关于创新智慧城市和数字政府建设管理体制机制的建议.</summary>
    public required string Title { get; init; }
    /// <summary>The lead deputy or member (领衔).</summary>
    public required string LeadProposer { get; init; }
    /// <summary>The co-signers (附议), in order.</summary>
    public IReadOnlyList<string> CoSigners { get; init; } = [];
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
    /// <summary>The leader who takes the item up in person (领办领导), e.g. 张局长; null when none does.</summary>
    public string? LeadingOfficial { get; init; }
    /// <summary>Key, difficult or hot spot (重点、难点、热点): each at most once, in declaration order; empty for none.</summary>
    public IReadOnlyList<ItemPriority> Priorities { get; init; } = [];
    /// <summary>The day it was assigned (交办); the clocks start here.</summary>
    public required DateOnly AssignedOn { get; init; }
    /// <summary>Where it is in its life.</summary>
    public ItemStatus Status { get; init; }
    /// <summary>The day it was signed for (签收), once it is.</summary>
    public DateOnly? SignedForOn { get; init; }
    /// <summary>The return request (退回), if one was made.</summary>
    public ReturnRequest? Return { get; init; }
    /// <summary>Extension requests (延期) and their decisions, in order.</summary>
    public IReadOnlyList<Extension> Extensions { get; init; } = [];
    /// <summary>Replies (答复), follow-ups and re-handling replies, in order.</summary>
    public IReadOnlyList<Reply> Replies { get; init; } = [];
    /// <summary>The deputy's evaluations (评价), in order.</summary>
    public IReadOnlyList<Evaluation> Evaluations { get; init; } = [];
    /// <summary>Whether a class B reply still awaits its follow-up (跟踪办理).</summary>
    public bool FollowUpPending { get; init; }
    /// <summary>The disclosure decision (公开) and publication, if decided.</summary>
    public Disclosure? Disclosure { get; init; }
    /// <summary>When it was registered.</summary>
    public DateTimeOffset CreatedAt { get; init; }
    /// <summary>Who registered it.</summary>
    public string CreatedBy { get; init; } = string.Empty;
    /// <summary>When it last changed.</summary>
    public DateTimeOffset UpdatedAt { get; init; }
    /// <summary>Who last changed it.</summary>
    public string UpdatedBy { get; init; } = string.Empty;
    /// <summary>Progress notes (办理进展), in order.</summary>
    public IReadOnlyList<ProgressNote> Progress { get; init; } = [];
    /// <summary>The replies' documents kept in the document store, in order.</summary>
    public IReadOnlyList<ReplyDocument> ReplyDocuments { get; init; } = [];
}
