namespace SuggestionDesk.Calendar;

/// <summary>Where a clock stands on a given day.</summary>
public enum DeadlineState
{
    /// <summary>Running, due later than the "soon" window.</summary>
    NotYetDue,

    /// <summary>Running, due within the "soon" window.</summary>
    DueSoon,

    /// <summary>Running, due today.</summary>
    DueToday,

    /// <summary>Running, past its due date.</summary>
    Overdue,

    /// <summary>Met on or before its due date.</summary>
    Met,

    /// <summary>Met after its due date.</summary>
    MetLate,

    /// <summary>A window (return) that closed unused.</summary>
    WindowClosed,
}

/// <summary>A clock's state on a day, with the numbers behind it.</summary>
/// <param name="State">The state.</param>
/// <param name="CalendarDaysLeft">Calendar days from the day (or the day it was met) to the due date; negative when past.</param>
/// <param name="WorkingDaysLate">Working days after the due date up to the day (or the day it was met).</param>
public sealed record DeadlineStatus(DeadlineState State, int CalendarDaysLeft, int WorkingDaysLate)
{
    /// <summary>e.g. "due in 5 days", "due today", "overdue by 3 working days".</summary>
    public override string ToString() => State switch
    {
        DeadlineState.NotYetDue or DeadlineState.DueSoon => $"due in {CalendarDaysLeft} day{(CalendarDaysLeft == 1 ? "" : "s")}",
        DeadlineState.DueToday => "due today",
        DeadlineState.Overdue => $"overdue by {WorkingDaysLate} working day{(WorkingDaysLate == 1 ? "" : "s")}",
        DeadlineState.Met => "met on time",
        DeadlineState.MetLate => $"met {WorkingDaysLate} working day{(WorkingDaysLate == 1 ? "" : "s")} late",
        DeadlineState.WindowClosed => "window closed",
        _ => State.ToString(),
    };

    /// <summary>e.g. 还剩5天, 今天到期, 已逾期3个工作日.</summary>
    public string ToChinese() => State switch
    {
        DeadlineState.NotYetDue or DeadlineState.DueSoon => $"还剩{CalendarDaysLeft}天",
        DeadlineState.DueToday => "今天到期",
        DeadlineState.Overdue => $"已逾期{WorkingDaysLate}个工作日",
        DeadlineState.Met => "按时完成",
        DeadlineState.MetLate => $"逾期{WorkingDaysLate}个工作日完成",
        DeadlineState.WindowClosed => "期限已过",
        _ => State.ToString(),
    };
}
