using SuggestionDesk.Calendar;
using SuggestionDesk.Localization;

namespace SuggestionDesk.Reminders;

/// <summary>
/// When reminders go out (定时查办、限时催办): the stages before a due date, escalation while overdue, the
/// evaluation chase, the warning before a break (节前提醒) and the weekly digest (定期询办). Immutable; the defaults are the office practice described in docs/domain.md.
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

    /// <summary>
    /// A stage that falls on a non-working day goes out on the last working day before it (true, the default), so the
    /// days before a holiday carry what falls due during and just after it; false sends it on the next working day.
    /// </summary>
    public bool MoveStagesEarlier { get; init; } = true;

    /// <summary>
    /// A run of this many non-working days or more is a break (长假): on the last working day before it each officer is
    /// warned of everything due during it or just after it. 0 turns the warning off; otherwise 3 or more, as every
    /// ordinary weekend is 2.
    /// </summary>
    public int BreakMinimumDays { get; init; } = 3;

    /// <summary>How many working days after a break its warning covers (the first 3 by default).</summary>
    public int BreakLookAheadWorkingDays { get; init; } = 3;

    /// <summary>Throws, naming the value and what is expected, when the policy cannot work as written.</summary>
    public ReminderPolicy Validated()
    {
        if (BreakMinimumDays is not 0 and (< 3 or > 30))
        {
            throw new ArgumentException(MessageText.Format(Messages.ReminderBreakDays, BreakMinimumDays));
        }

        if (BreakLookAheadWorkingDays is < 0 or > 20)
        {
            throw new ArgumentException(MessageText.Format(Messages.ReminderBreakLookAhead, BreakLookAheadWorkingDays));
        }

        if (StagesBeforeDue.Count == 0 || StagesBeforeDue.Any(d => d is < 0 or > 366) || StagesBeforeDue.Distinct().Count() != StagesBeforeDue.Count)
        {
            throw new ArgumentException(MessageText.Format(Messages.ReminderStagesInvalid, string.Join(", ", StagesBeforeDue)));
        }

        if (HeadAfterWorkingDaysLate < 1 || OfficeAfterWorkingDaysLate < HeadAfterWorkingDaysLate)
        {
            throw new ArgumentException(MessageText.Format(Messages.ReminderEscalationInvalid, HeadAfterWorkingDaysLate, OfficeAfterWorkingDaysLate));
        }

        return this;
    }
}
