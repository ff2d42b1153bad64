using SuggestionDesk.Calendar;

namespace SuggestionDesk.Reminders;

/// <summary>
/// When reminders go out (定时查办、限时催办): the stages before a due date, escalation while overdue, the
/// evaluation chase and the weekly digest (定期询办). Immutable; the defaults are issue 5's.
/// </summary>
public sealed record ReminderPolicy
{
    /// <summary>14, 7, 3 and 1 calendar days before a due date, and on it (0), to the owner.</summary>
    public static ReminderPolicy Default { get; } = new();

    /// <summary>Calendar days before a due date when the owner is reminded; 0 is the due date itself.</summary>
    public IReadOnlyList<int> StagesBeforeDue { get; init; } = [14, 7, 3, 1, 0];

    /// <summary>Overdue by this many working days or more: the department head is told too.</summary>
    public int HeadAfterWorkingDaysLate { get; init; } = 1;

    /// <summary>Overdue by this many working days or more: the supervising office is told too.</summary>
    public int OfficeAfterWorkingDaysLate { get; init; } = 5;

    /// <summary>A reply still without the deputy's evaluation after this long: the owner is asked to follow up.</summary>
    public DeadlineRule EvaluationChase { get; init; } = DeadlineRule.WorkingDays(15);

    /// <summary>The weekly digest goes out on the first working day of the week (Monday, or later after a holiday).</summary>
    public bool WeeklyDigest { get; init; } = true;
}
