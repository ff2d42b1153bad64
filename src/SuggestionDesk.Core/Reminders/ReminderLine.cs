using SuggestionDesk.Calendar;
using SuggestionDesk.Items;

namespace SuggestionDesk.Reminders;

/// <summary>One item's clock in a reminder: what is due, when, how far off or how late, and why that date.</summary>
/// <param name="Number">The item's number.</param>
/// <param name="Title">The item's title.</param>
/// <param name="Department">The handling department.</param>
/// <param name="Owner">The handling officer.</param>
/// <param name="Clock">The clock: a <see cref="DeadlineClock"/> name, or <c>EvaluationChase</c>.</param>
/// <param name="ClockChinese">The clock in Chinese, e.g. 答复.</param>
/// <param name="Due">The due date (for the evaluation chase, the day to follow up by).</param>
/// <param name="Stage">The reminder's stage.</param>
/// <param name="Status">Time left (in the clock's own unit) or late on the run's date.</param>
/// <param name="Explanation">How the date was reached, in English.</param>
/// <param name="ExplanationChinese">How the date was reached, in Chinese.</param>
/// <param name="Break">The coming break when the line is part of the warning before it (节前提醒); else null.</param>
public sealed record ReminderLine(
    SuggestionNumber Number,
    string Title,
    string Department,
    string Owner,
    string Clock,
    string ClockChinese,
    DateOnly Due,
    ReminderStage Stage,
    ReminderStatus Status,
    string Explanation,
    string ExplanationChinese,
    HolidayBreak? Break = null)
{
    /// <summary>Suggestion (建议) or proposal (提案): what a message calls the item.</summary>
    public ItemKind Kind { get; init; }

    /// <summary>How pressing the line is: overdue, due today, the evaluation chase, before a break, or due later.</summary>
    public ReminderUrgency Urgency => Stage.Kind == ReminderKind.EvaluationChase ? ReminderUrgency.EvaluationChase
        : Status.State == DeadlineState.Overdue ? ReminderUrgency.Overdue
        : Status.State == DeadlineState.DueToday ? ReminderUrgency.DueToday
        : Break is not null ? ReminderUrgency.BeforeBreak
        : ReminderUrgency.DueSoon;
}

/// <summary>The lines a person receives in one capacity.</summary>
/// <param name="Role">Owner, stand-in for an owner without an address, department head or office.</param>
/// <param name="Lines">The lines, item by item, the most pressing item first; an item's lines are next to each other.</param>
public sealed record ReminderSection(RecipientRole Role, IReadOnlyList<ReminderLine> Lines)
{
    /// <summary>The lines item by item, in the section's order: an item with two clocks due is one entry with both.</summary>
    public IReadOnlyList<IGrouping<SuggestionNumber, ReminderLine>> Items => Lines.GroupBy(l => l.Number).ToArray();
}

/// <summary>One open item in a weekly digest.</summary>
/// <param name="Number">The number.</param>
/// <param name="Title">The title.</param>
/// <param name="Department">The department.</param>
/// <param name="Owner">The owner.</param>
/// <param name="Status">Its status.</param>
/// <param name="Next">The clock due first, if any.</param>
/// <param name="NextStatus">That clock's status on the run's date, in the clock's own unit.</param>
/// <param name="OwnerHasAddress">Whether the owner has an e-mail address; the office's digest lists those who do not.</param>
public sealed record DigestItem(
    SuggestionNumber Number, string Title, string Department, string Owner, ItemStatus Status, Deadline? Next, ReminderStatus? NextStatus, bool OwnerHasAddress = true)
{
    /// <summary>Suggestion (建议) or proposal (提案): what a message calls the item.</summary>
    public ItemKind Kind { get; init; }

    /// <summary>Whether a class B reply still awaits its follow-up (跟踪办理): such an item is in follow-up, not done.</summary>
    public bool FollowUpPending { get; init; }

    /// <summary>For a reply awaiting the deputy's evaluation: the day the owner is to follow up with the deputy (征询评价).</summary>
    public DateOnly? EvaluationChase { get; init; }

    /// <summary>Where <see cref="EvaluationChase"/> stands on the run's date.</summary>
    public ReminderStatus? EvaluationChaseStatus { get; init; }
}

/// <summary>The weekly digest (定期询办) of one scope: every open item grouped by status, with counts.</summary>
/// <param name="Role">Office (every item) or department head (the department's).</param>
/// <param name="Department">The department, for a head's digest.</param>
/// <param name="Groups">Items by status, in the order of the item's life.</param>
public sealed record DigestSection(RecipientRole Role, string? Department, IReadOnlyList<IGrouping<ItemStatus, DigestItem>> Groups)
{
    /// <summary>How many open items the scope has.</summary>
    public int Total => Groups.Sum(g => g.Count());

    /// <summary>In the office's digest, every open item whose officer has no e-mail address (承办人未登记邮箱), for the office to fix.</summary>
    public IReadOnlyList<DigestItem> WithoutAddress { get; init; } = [];
}
