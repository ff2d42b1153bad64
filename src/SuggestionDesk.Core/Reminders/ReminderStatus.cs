using SuggestionDesk.Calendar;

namespace SuggestionDesk.Reminders;

/// <summary>
/// A clock's status as a reminder states it. Time left is given in the clock's own unit: working days for a clock
/// counted in working days (还剩3个工作日), calendar days for one counted in months or days (还剩12天), so that a rule of
/// "3 working days" never sits beside "5 days left" for the same clock. Lateness is in working days, as escalation
/// counts it.
/// </summary>
/// <param name="Deadline">The clock's status on the run's date, with its numbers.</param>
/// <param name="Unit">The unit the clock's rule counts in.</param>
/// <param name="WorkingDaysLeft">Working days after the run's date up to and including the due date.</param>
public sealed record ReminderStatus(DeadlineStatus Deadline, DeadlineUnit Unit, int WorkingDaysLeft)
{
    /// <summary>The state: due soon, due today, overdue ...</summary>
    public DeadlineState State => Deadline.State;

    /// <summary>Calendar days to the due date; negative when past.</summary>
    public int CalendarDaysLeft => Deadline.CalendarDaysLeft;

    /// <summary>Working days after the due date up to the run's date.</summary>
    public int WorkingDaysLate => Deadline.WorkingDaysLate;

    /// <summary>Whether the figures lean on a year whose calendar is not published.</summary>
    public bool IsProvisional => Deadline.IsProvisional;

    /// <summary>
    /// Whether time left is counted in working days: the clock counts in them and a working day is left before the due
    /// date (a date fixed on a day off, with only days off before it, is counted in calendar days instead of "0 working days").
    /// </summary>
    public bool CountsWorkingDays => Unit == DeadlineUnit.WorkingDays && WorkingDaysLeft > 0;

    /// <summary>The status of <paramref name="deadline"/> on <paramref name="asOf"/>, in the unit of its rule.</summary>
    public static ReminderStatus Of(Deadline deadline, DateOnly asOf, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        ArgumentNullException.ThrowIfNull(calendar);
        return Of(deadline.StatusOn(asOf, calendar), deadline.Computed.Rule.Unit, deadline.Due, asOf, calendar);
    }

    /// <summary>A status for a due date counted in <paramref name="unit"/>.</summary>
    public static ReminderStatus Of(DeadlineStatus status, DeadlineUnit unit, DateOnly due, DateOnly asOf, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(status);
        ArgumentNullException.ThrowIfNull(calendar);
        return new ReminderStatus(status, unit, due > asOf ? calendar.WorkingDaysBetween(asOf, due) : 0);
    }

    /// <summary>e.g. "due in 3 working days", "due in 12 days", "due today", "overdue by 2 working days".</summary>
    public override string ToString() => State is DeadlineState.NotYetDue or DeadlineState.DueSoon
        ? (CountsWorkingDays ? $"due in {WorkingDaysLeft} working day{Plural(WorkingDaysLeft)}" : $"due in {CalendarDaysLeft} day{Plural(CalendarDaysLeft)}")
            + (IsProvisional ? " (provisional)" : string.Empty)
        : Deadline.ToString();

    /// <summary>e.g. 还剩3个工作日, 还剩12天, 今天到期, 已逾期2个工作日; a provisional status ends with （暂定）.</summary>
    public string ToChinese() => State is DeadlineState.NotYetDue or DeadlineState.DueSoon
        ? (CountsWorkingDays ? $"还剩{WorkingDaysLeft}个工作日" : $"还剩{CalendarDaysLeft}天") + (IsProvisional ? "（暂定）" : string.Empty)
        : Deadline.ToChinese();

    private static string Plural(int count) => count == 1 ? string.Empty : "s";
}
