namespace SuggestionDesk.Reminders;

/// <summary>Why a reminder line is sent: a stage before the due date, the due date, overdue, the evaluation chase, or a coming break.</summary>
public enum ReminderKind
{
    /// <summary>N calendar days before the due date.</summary>
    BeforeDue,

    /// <summary>On the due date.</summary>
    DueToday,

    /// <summary>Past the due date (sent every working day, escalating).</summary>
    Overdue,

    /// <summary>A reply still without the deputy's evaluation: follow up with the deputy.</summary>
    EvaluationChase,

    /// <summary>
    /// Due during the coming break or just after it, told on the last working day before it (节前提醒) when no stage of
    /// the clock falls that day; when one does, the stage's line carries the warning instead.
    /// </summary>
    BeforeBreak,
}

/// <summary>A reminder's stage, as recorded in the log: kind and, before the due date, how many days before.</summary>
/// <param name="Kind">The kind.</param>
/// <param name="DaysBefore">For <see cref="ReminderKind.BeforeDue"/>, the stage's days before the due date.</param>
public readonly record struct ReminderStage(ReminderKind Kind, int DaysBefore = 0)
{
    /// <summary>A short code for the log and messages, e.g. <c>D-7</c>, <c>D0</c>, <c>Overdue</c>, <c>Chase</c>, <c>Break</c>.</summary>
    public override string ToString() => Kind switch
    {
        ReminderKind.BeforeDue => $"D-{DaysBefore}",
        ReminderKind.DueToday => "D0",
        ReminderKind.Overdue => "Overdue",
        ReminderKind.BeforeBreak => "Break",
        _ => "Chase",
    };
}
