using SuggestionDesk.Calendar;

namespace SuggestionDesk.Reminders;

/// <summary>
/// When reminders go out (定时查办、限时催办): the stages before a due date, escalation while overdue, the
/// evaluation chase and the weekly digest (定期询办). Immutable; the defaults are the office practice described in docs/domain.md.
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

    /// <summary>Throws, naming the value and what is expected, when the policy cannot work as written.</summary>
    public ReminderPolicy Validated()
    {
        if (StagesBeforeDue.Count == 0 || StagesBeforeDue.Any(d => d is < 0 or > 366) || StagesBeforeDue.Distinct().Count() != StagesBeforeDue.Count)
        {
            throw new ArgumentException($"Reminder stages '{string.Join(", ", StagesBeforeDue)}' are not usable: give distinct numbers of days before the due date from 0 (the due date) to 366, e.g. 14, 7, 3, 1, 0.");
        }

        if (HeadAfterWorkingDaysLate < 1 || OfficeAfterWorkingDaysLate < HeadAfterWorkingDaysLate)
        {
            throw new ArgumentException($"Escalation after {HeadAfterWorkingDaysLate} (head) and {OfficeAfterWorkingDaysLate} (office) working days late is not usable: the head from 1 working day or more, the office no earlier than the head.");
        }

        return this;
    }
}
