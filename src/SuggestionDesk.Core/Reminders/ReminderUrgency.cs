namespace SuggestionDesk.Reminders;

/// <summary>
/// How pressing a reminder line is, most pressing first. A message counts each item once, under its most pressing
/// line, so that its subject counts items and not clocks.
/// </summary>
public enum ReminderUrgency
{
    /// <summary>Past its due date.</summary>
    Overdue,

    /// <summary>Due on the run's date.</summary>
    DueToday,

    /// <summary>A reply still without the deputy's evaluation.</summary>
    EvaluationChase,

    /// <summary>Due during the coming break or just after it (节前提醒).</summary>
    BeforeBreak,

    /// <summary>Due later: a stage before the due date.</summary>
    DueSoon,
}
