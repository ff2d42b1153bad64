namespace SuggestionDesk.Reminders;

/// <summary>
/// Everything one person receives in one run, as one message: their reminders in each capacity (owner, stand-in for
/// an owner without an address, head, office) and their weekly digests, with the log keys that record it as sent.
/// </summary>
/// <param name="Recipient">The e-mail address.</param>
/// <param name="Reminders">Reminder sections, owner first.</param>
/// <param name="Digests">Weekly digest sections.</param>
/// <param name="Keys">What the reminder log records once the message is sent.</param>
/// <remarks>The counts are of items, not clocks: an item counts once, under its most pressing line.</remarks>
public sealed record ReminderMessage(
    string Recipient,
    IReadOnlyList<ReminderSection> Reminders,
    IReadOnlyList<DigestSection> Digests,
    IReadOnlyList<ReminderKey> Keys)
{
    private IEnumerable<ReminderLine> Lines => Reminders.SelectMany(s => s.Lines);

    /// <summary>The links for the recipient to act on items from the message (签收, 登记沟通 …); none unless the run issued them.</summary>
    public IReadOnlyList<Actions.ItemLink> Links { get; init; } = [];

    private IEnumerable<ReminderUrgency> ItemUrgencies => Lines.GroupBy(l => l.Number).Select(g => g.Min(l => l.Urgency));

    /// <summary>Items whose most pressing clock is not yet due (a stage before the due date).</summary>
    public int DueSoon => Count(ReminderUrgency.DueSoon);

    /// <summary>Items whose most pressing clock falls due during the coming break or just after it.</summary>
    public int BeforeBreak => Count(ReminderUrgency.BeforeBreak);

    /// <summary>Items with a clock due today (and none overdue).</summary>
    public int DueToday => Count(ReminderUrgency.DueToday);

    /// <summary>Items with an overdue clock.</summary>
    public int Overdue => Count(ReminderUrgency.Overdue);

    /// <summary>Items whose evaluation is to be followed up (and nothing more pressing).</summary>
    public int Chases => Count(ReminderUrgency.EvaluationChase);

    /// <summary>The kinds of the items the message is about (its reminders and digests): what it calls them.</summary>
    public IReadOnlySet<Items.ItemKind> Kinds =>
        Lines.Select(l => l.Kind).Concat(Digests.SelectMany(d => d.Groups.SelectMany(g => g).Concat(d.WithoutAddress)).Select(i => i.Kind)).ToHashSet();

    /// <summary>The coming break the message warns of (节前提醒), if any.</summary>
    public HolidayBreak? Break => Lines.Select(l => l.Break).FirstOrDefault(b => b is not null);

    private int Count(ReminderUrgency urgency) => ItemUrgencies.Count(u => u == urgency);
}

/// <summary>A run's plan: the messages to send, or why none go out today, and the items whose officer has no address.</summary>
/// <param name="AsOf">The run's date.</param>
/// <param name="SkippedBecause">Why nothing goes out (a non-working day), or null.</param>
/// <param name="Messages">One message per person.</param>
/// <param name="Unaddressed">
/// Items with reminders today whose officer has no e-mail address: where their reminders go instead, or that they go
/// nowhere, for the office to fix.
/// </param>
public sealed record ReminderPlan(DateOnly AsOf, string? SkippedBecause, IReadOnlyList<ReminderMessage> Messages, IReadOnlyList<UnaddressedItem> Unaddressed);
