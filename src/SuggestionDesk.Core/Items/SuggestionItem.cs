using SuggestionDesk.Localization;

namespace SuggestionDesk.Items;

/// <summary>
/// A suggestion or proposal and its life in the office. State changes are methods that refuse impossible
/// transitions with an <see cref="ItemRuleException"/>, and every change queues a <see cref="HistoryEntry"/>
/// that a store writes together with the item.
/// </summary>
public sealed partial class SuggestionItem
{
    private readonly List<HistoryEntry> pendingHistory = [];
    private readonly List<PendingContact> pendingContacts = [];
    private ItemSnapshot state;
    private bool inSteps;

    private SuggestionItem(ItemSnapshot state, string? version, bool persistedOpen)
    {
        this.state = state;
        Number = SuggestionNumber.Parse(state.Number);
        Version = version;
        PersistedOpen = persistedOpen;
    }

    /// <summary>The number the congress gave it, kept exactly as given.</summary>
    public SuggestionNumber Number { get; }
    /// <summary>Suggestion (人大代表建议) or proposal (政协委员提案).</summary>
    public ItemKind Kind => state.Kind;
    /// <summary>The session it was filed at, e.g. 市七届人大一次会议; fixed once created.</summary>
    public string Session => state.Session;
    /// <summary>The title, e.g. 关于创新智慧城市和数字政府建设管理体制机制的建议.</summary>
    public string Title => state.Title;
    /// <summary>The lead deputy or member and the co-signers.</summary>
    public Proposers Proposers => new(state.LeadProposer, state.CoSigners);
    /// <summary>Topics it covers, e.g. 智慧城市, 数字政府.</summary>
    public IReadOnlyList<string> Topics => state.Topics;
    /// <summary>Its points, each answered with the measures taken.</summary>
    public IReadOnlyList<SubPoint> SubPoints => state.SubPoints;
    /// <summary>What our unit does with it: Lead, Sole, Split or Joint.</summary>
    public HandlingRole Role => state.Role;
    /// <summary>For Joint items, the unit that leads and receives our opinion.</summary>
    public string? LeadUnit => state.LeadUnit;
    /// <summary>The department (处室) handling it.</summary>
    public string Department => state.Department;
    /// <summary>The handling officer (承办人).</summary>
    public string Owner => state.Owner;
    /// <summary>The handling officer's e-mail, where reminders go.</summary>
    public string? OwnerEmail => state.OwnerEmail;
    /// <summary>The leader who takes the item up in person (领办领导), e.g. 张局长; null when none does.</summary>
    public string? LeadingOfficial => state.LeadingOfficial;
    /// <summary>Key, difficult or hot spot (重点、难点、热点), in that order; empty for none.</summary>
    public IReadOnlyList<ItemPriority> Priorities => state.Priorities;
    /// <summary>The day it was assigned (交办); the clocks start here.</summary>
    public DateOnly AssignedOn => state.AssignedOn;
    /// <summary>Where it is in its life.</summary>
    public ItemStatus Status => state.Status;
    /// <summary>The day it was signed for (签收), once it is.</summary>
    public DateOnly? SignedForOn => state.SignedForOn;
    /// <summary>The return request (退回), if one was made.</summary>
    public ReturnRequest? Return => state.Return;
    /// <summary>Extension requests (延期) and their decisions, in order.</summary>
    public IReadOnlyList<Extension> Extensions => state.Extensions;
    /// <summary>Replies (答复), follow-ups and re-handling replies, in order.</summary>
    public IReadOnlyList<Reply> Replies => state.Replies;
    /// <summary>The deputy's evaluations (评价), in order.</summary>
    public IReadOnlyList<Evaluation> Evaluations => state.Evaluations;
    /// <summary>Whether a class B reply still awaits its follow-up (跟踪办理).</summary>
    public bool FollowUpPending => state.FollowUpPending;
    /// <summary>The disclosure decision (公开) and publication, if decided.</summary>
    public Disclosure? Disclosure => state.Disclosure;
    /// <summary>When it was registered.</summary>
    public DateTimeOffset CreatedAt => state.CreatedAt;
    /// <summary>Who registered it.</summary>
    public string CreatedBy => state.CreatedBy;
    /// <summary>When it last changed.</summary>
    public DateTimeOffset UpdatedAt => state.UpdatedAt;
    /// <summary>Who last changed it.</summary>
    public string UpdatedBy => state.UpdatedBy;

    /// <summary>The latest reply, if any.</summary>
    public Reply? LastReply => state.Replies.Count == 0 ? null : state.Replies[^1];

    /// <summary>The latest evaluation, if any.</summary>
    public Evaluation? LastEvaluation => state.Evaluations.Count == 0 ? null : state.Evaluations[^1];

    /// <summary>The approved extension in force, if any: its date replaces the computed reply due date.</summary>
    public Extension? ApprovedExtension => state.Extensions.LastOrDefault(e => e.State == ExtensionState.Approved);

    /// <summary>
    /// Whether anything is still due from the office: not yet replied or evaluated, re-handling, a class B
    /// follow-up, or a decided disclosure not yet published. The daily reminder run reads only open items.
    /// </summary>
    public bool IsOpen => state.Status switch
    {
        ItemStatus.Returned => false,
        ItemStatus.Closed => state.FollowUpPending || state.Disclosure?.IsPending == true,
        _ => true,
    };

    /// <summary>The store's version of the item as it was read (an ETag); null for an item never saved.</summary>
    public string? Version { get; private set; }

    /// <summary>Whether the stored copy was open when read (stores keep an index of open items).</summary>
    internal bool PersistedOpen { get; private set; }

    /// <summary>Changes to the item's state since it was read, oldest first, for the store to write with the item.</summary>
    internal IReadOnlyList<HistoryEntry> PendingHistory => pendingHistory;

    /// <summary>Contacts recorded since the item was read, each with its history entry, for the store to append.</summary>
    internal IReadOnlyList<PendingContact> PendingContacts => pendingContacts;

    /// <summary>Whether the item's own state changed since it was read (recording a contact does not change it).</summary>
    internal bool HasStateChanges => pendingHistory.Count > 0;

    /// <summary>Registers a newly assigned item; queues a <c>Create</c> history entry.</summary>
    public static SuggestionItem Create(NewItem spec, ChangeContext by) => Register(spec, by, inSteps: false);

    /// <summary>
    /// Registers a new item that is then brought up to date in several steps (a ledger row: signed for, replied
    /// to, evaluated …) and recorded once, when <see cref="RecordCreationAsOne"/> is called: a single <c>Create</c>
    /// entry holding the state it reached. The steps are what the source says happened before; the history records
    /// what the office did here, once.
    /// </summary>
    internal static SuggestionItem CreateInSteps(NewItem spec, ChangeContext by) => Register(spec, by, inSteps: true);

    private static SuggestionItem Register(NewItem spec, ChangeContext by, bool inSteps)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(by);
        var number = spec.Number ?? throw new ArgumentException("Suggestion number is missing.", nameof(spec));
        if (spec.AssignedOn > by.Today)
        {
            throw new ItemRuleException(number, MessageText.Format(Messages.ItemAssignmentAfterTodayGive, spec.AssignedOn, by.Today));
        }

        var empty = new ItemSnapshot
        {
            Number = number.Value, Kind = spec.Kind, Session = string.Empty, Title = string.Empty, LeadProposer = string.Empty,
            Role = spec.Role, Department = string.Empty, Owner = string.Empty, AssignedOn = spec.AssignedOn,
        };
        var item = new SuggestionItem(empty, version: null, persistedOpen: false) { inSteps = inSteps };
        var created = empty with
        {
            Session = item.Required(spec.Session?.Trim(), Messages.FieldSession),
            Title = item.Required(spec.Title?.Trim(), Messages.FieldTitle),
            LeadProposer = spec.Proposers?.Lead ?? throw new ItemRuleException(number, Messages.ItemLeadProposerMissing),
            CoSigners = spec.Proposers.CoSigners,
            Topics = item.CleanTopics(spec.Topics),
            SubPoints = item.CleanSubPoints(spec.SubPoints),
            LeadUnit = item.Optional(spec.LeadUnit?.Trim(), Messages.FieldLeadUnit),
            Department = item.Required(spec.Department?.Trim(), Messages.FieldDepartment),
            Owner = item.Required(spec.Owner?.Trim(), Messages.FieldOwner),
            OwnerEmail = item.CleanEmail(spec.OwnerEmail),
            LeadingOfficial = item.Optional(spec.LeadingOfficial?.Trim(), Messages.FieldLeadingOfficial),
            Priorities = item.CleanPriorities(spec.Priorities),
            Status = ItemStatus.Assigned,
            CreatedAt = by.Now,
            CreatedBy = by.Actor,
        };
        item.Apply("Create", by, created, isNew: true);
        return item;
    }

    /// <summary>Rebuilds an item from its state; <paramref name="version"/> is the store's ETag (null for a copy never saved).</summary>
    public static SuggestionItem Restore(ItemSnapshot snapshot, string? version) => Restore(snapshot, version, storedOpen: null);

    /// <summary>
    /// Rebuilds an item a store read back, with <paramref name="storedOpen"/>: whether the store keeps it among open
    /// items (by default, whether it is open now). The store's own bookkeeping, so not part of the public surface.
    /// </summary>
    internal static SuggestionItem Restore(ItemSnapshot snapshot, string? version, bool? storedOpen)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var item = new SuggestionItem(snapshot, version, persistedOpen: false);
        item.PersistedOpen = storedOpen ?? (version is not null && item.IsOpen);
        return item;
    }

    /// <summary>The item's state as plain data.</summary>
    public ItemSnapshot ToSnapshot() => state;

    /// <summary>Called by a store once the pending state changes are written, with the new version.</summary>
    internal void AcceptChanges(string newVersion)
    {
        Version = newVersion;
        PersistedOpen = IsOpen;
        pendingHistory.Clear();
    }

    /// <summary>Ends the steps of an item made with <see cref="CreateInSteps"/>: queues its one <c>Create</c> entry.</summary>
    internal void RecordCreationAsOne()
    {
        if (!inSteps)
        {
            throw new InvalidOperationException($"Suggestion '{Number}' was not created in steps; its history is recorded as it changes.");
        }

        inSteps = false;
        pendingHistory.Add(new HistoryEntry(Guid.NewGuid(), state.CreatedAt, state.CreatedBy, "Create", ItemFields.Diff(null, state)));
    }

    /// <summary>Called by a store once the pending contacts are written.</summary>
    internal void AcceptContacts() => pendingContacts.Clear();

    /// <summary>The number: an item stands for its number where text is expected (e.g. piped to a -Number parameter).</summary>
    public override string ToString() => Number.Value;

    /// <summary>
    /// Moves to <paramref name="next"/> and queues its history entry: the fields that differ, or <paramref name="changes"/>
    /// when the action says better what happened (a removed point, not every later point moving up).
    /// </summary>
    private void Apply(string action, ChangeContext by, ItemSnapshot next, bool isNew = false, IReadOnlyList<FieldChange>? changes = null)
    {
        if (inSteps)
        {
            // Recorded as a whole at the end (RecordCreationAsOne): comparing every step would be wasted.
            state = next with { UpdatedAt = by.Now, UpdatedBy = by.Actor };
            return;
        }

        var diff = ItemFields.Diff(isNew ? null : state, next);
        if (diff.Count == 0)
        {
            return;
        }

        state = next with { UpdatedAt = by.Now, UpdatedBy = by.Actor };
        pendingHistory.Add(new HistoryEntry(Guid.NewGuid(), by.Now, by.Actor, action, changes ?? diff) { Via = by.Via });
    }

    private IReadOnlyList<string> CleanTopics(IEnumerable<string>? topics) =>
        (topics ?? [])
            .Select(t => Optional(t?.Trim(), Messages.FieldTopic))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToArray();

    private IReadOnlyList<SubPoint> CleanSubPoints(IEnumerable<SubPoint>? points) =>
        (points ?? []).Select((p, i) => new SubPoint(CleanPointTitle(p.Title ?? string.Empty, i + 1), CleanMeasures(p.Measures, i + 1))).ToArray();

    private IReadOnlyList<ItemPriority> CleanPriorities(IEnumerable<ItemPriority>? priorities)
    {
        var given = (priorities ?? []).ToArray();
        var undefined = given.Where(p => !Enum.IsDefined(p)).Select(p => (int?)p).FirstOrDefault();
        if (undefined is { } value)
        {
            throw new ArgumentException(MessageText.Format(Messages.ItemNotAPriority, Number, value, ItemPriorityNames.Words.Expected));
        }

        return ItemPriorityNames.Normalize(given);
    }

    private string? CleanEmail(string? email)
    {
        var value = Optional(email?.Trim(), Messages.FieldOwnerEmail);
        if (value is null)
        {
            return null;
        }

        if (!EmailRule.IsValid(value))
        {
            throw new ArgumentException(MessageText.Format(Messages.ItemOwnerEmailInvalid, Number, TextRules.Quote(value)));
        }

        return value;
    }

    /// <summary>Checks a required text, naming the item in the error.</summary>
    private string Required(string? value, string what, int maxLength = TextRules.ShortTextMaxLength) =>
        Named(() => TextRules.Required(value, what, maxLength));

    /// <summary>Checks an optional text, naming the item in the error.</summary>
    private string? Optional(string? value, string what, int maxLength = TextRules.ShortTextMaxLength) =>
        Named(() => TextRules.Optional(value, what, maxLength));

    private T Named<T>(Func<T> check)
    {
        try
        {
            return check();
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException(MessageText.Format(Messages.ItemRefused, Number, e.Message), e);
        }
    }
}
