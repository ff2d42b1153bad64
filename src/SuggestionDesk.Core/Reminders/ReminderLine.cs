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
/// <param name="Status">Days left or late on the run's date.</param>
/// <param name="Explanation">How the date was reached, in English.</param>
/// <param name="ExplanationChinese">How the date was reached, in Chinese.</param>
public sealed record ReminderLine(
    SuggestionNumber Number,
    string Title,
    string Department,
    string Owner,
    string Clock,
    string ClockChinese,
    DateOnly Due,
    ReminderStage Stage,
    DeadlineStatus Status,
    string Explanation,
    string ExplanationChinese);

/// <summary>The lines a person receives in one capacity.</summary>
/// <param name="Role">Owner, department head or office.</param>
/// <param name="Lines">The lines, most urgent first.</param>
public sealed record ReminderSection(RecipientRole Role, IReadOnlyList<ReminderLine> Lines);

/// <summary>One open item in a weekly digest.</summary>
/// <param name="Number">The number.</param>
/// <param name="Title">The title.</param>
/// <param name="Department">The department.</param>
/// <param name="Owner">The owner.</param>
/// <param name="Status">Its status.</param>
/// <param name="Next">The clock due first, if any.</param>
/// <param name="NextStatus">That clock's status on the run's date.</param>
public sealed record DigestItem(SuggestionNumber Number, string Title, string Department, string Owner, ItemStatus Status, Deadline? Next, DeadlineStatus? NextStatus)
{
    /// <summary>Whether a class B reply still awaits its follow-up (跟踪办理): such an item is in follow-up, not done.</summary>
    public bool FollowUpPending { get; init; }

    /// <summary>For a reply awaiting the deputy's evaluation: the day the owner is to follow up with the deputy (评价跟进).</summary>
    public DateOnly? EvaluationChase { get; init; }

    /// <summary>Where <see cref="EvaluationChase"/> stands on the run's date.</summary>
    public DeadlineStatus? EvaluationChaseStatus { get; init; }
}

/// <summary>The weekly digest (定期询办) of one scope: every open item grouped by status, with counts.</summary>
/// <param name="Role">Office (every item) or department head (the department's).</param>
/// <param name="Department">The department, for a head's digest.</param>
/// <param name="Groups">Items by status, in the order of the item's life.</param>
public sealed record DigestSection(RecipientRole Role, string? Department, IReadOnlyList<IGrouping<ItemStatus, DigestItem>> Groups)
{
    /// <summary>How many open items the scope has.</summary>
    public int Total => Groups.Sum(g => g.Count());
}
