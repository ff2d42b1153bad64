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

    /// <summary>Stopped unmet because nothing is due any more (the item was returned); see <see cref="DeadlineStatus.Ended"/>.</summary>
    Ended,
}

/// <summary>A clock's state on a day, with the numbers behind it.</summary>
/// <param name="State">The state.</param>
/// <param name="CalendarDaysLeft">Calendar days from the day (or the day it was met) to the due date; negative when past.</param>
/// <param name="WorkingDaysLate">Working days after the due date up to the day (or the day it was met).</param>
/// <param name="IsProvisional">
/// Whether the due date, or the working days counted after it, lie in a year without a published calendar
/// (Monday–Friday was assumed there), so the figures may change when that year is loaded.
/// </param>
public sealed record DeadlineStatus(DeadlineState State, int CalendarDaysLeft, int WorkingDaysLate, bool IsProvisional = false)
{
    /// <summary>For <see cref="DeadlineState.Ended"/>: when and why the clock stopped.</summary>
    public DeadlineEnd? Ended { get; init; }

    /// <summary>e.g. "due in 5 days", "due today", "overdue by 3 working days".</summary>
    /// <remarks>
    /// Past a due date followed only by days off (e.g. due 2026-09-30, asked on 10-03), no working day is lost
    /// yet, but the clock is late all the same: it says so in calendar days rather than "by 0 working days".
    /// A provisional status ends with "(provisional)".
    /// </remarks>
    public override string ToString() => (State switch
    {
        DeadlineState.NotYetDue or DeadlineState.DueSoon => $"due in {Days(CalendarDaysLeft)}",
        DeadlineState.DueToday => "due today",
        DeadlineState.Overdue when WorkingDaysLate == 0 => $"overdue by {Days(-CalendarDaysLeft)}, none of them a working day",
        DeadlineState.Overdue => $"overdue by {WorkingDaysLate} working day{Plural(WorkingDaysLate)}",
        DeadlineState.Met => "met on time",
        DeadlineState.MetLate when WorkingDaysLate == 0 => $"met {Days(-CalendarDaysLeft)} late, none of them a working day",
        DeadlineState.MetLate => $"met {WorkingDaysLate} working day{Plural(WorkingDaysLate)} late",
        DeadlineState.WindowClosed => "window closed",
        DeadlineState.Ended => $"ended: {Ended?.Reason}; nothing is due",
        _ => State.ToString(),
    }) + (IsProvisional ? " (provisional)" : string.Empty);

    /// <summary>e.g. 还剩5天, 今天到期, 已逾期3个工作日, 已逾期3天（均为非工作日）; a provisional status ends with （暂定）.</summary>
    public string ToChinese() => (State switch
    {
        DeadlineState.NotYetDue or DeadlineState.DueSoon => $"还剩{CalendarDaysLeft}天",
        DeadlineState.DueToday => "今天到期",
        DeadlineState.Overdue when WorkingDaysLate == 0 => $"已逾期{-CalendarDaysLeft}天（均为非工作日）",
        DeadlineState.Overdue => $"已逾期{WorkingDaysLate}个工作日",
        DeadlineState.Met => "按时完成",
        DeadlineState.MetLate when WorkingDaysLate == 0 => $"逾期{-CalendarDaysLeft}天完成（均为非工作日）",
        DeadlineState.MetLate => $"逾期{WorkingDaysLate}个工作日完成",
        DeadlineState.WindowClosed => "期限已过",
        DeadlineState.Ended => $"已终止：{Ended?.ReasonChinese}，无需再办",
        _ => State.ToString(),
    }) + (IsProvisional ? "（暂定）" : string.Empty);

    private static string Days(int days) => $"{days} day{Plural(days)}";

    private static string Plural(int count) => count == 1 ? string.Empty : "s";
}
