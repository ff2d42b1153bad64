using SuggestionDesk.Calendar;

namespace SuggestionDesk.Reminders;

/// <summary>When each stage before a due date goes out under a policy and a calendar.</summary>
internal sealed class StageSchedule(ReminderPolicy policy, WorkingDayCalendar calendar)
{
    /// <summary>
    /// The stage due on <paramref name="asOf"/> and the date it belongs to: overdue after the due date; otherwise the stage
    /// closest to the due date whose send date has come. A stage on a non-working day is sent on the last working day
    /// before it (or, with <see cref="ReminderPolicy.MoveStagesEarlier"/> off, the first after it); a run that was skipped
    /// is covered by the next one, and the log keeps each stage to one sending.
    /// </summary>
    public (ReminderStage Stage, DateOnly Date)? On(DateOnly due, DateOnly asOf)
    {
        if (asOf > due)
        {
            return (new ReminderStage(ReminderKind.Overdue), asOf);
        }

        // Closest to the due date first; moving a day off either way keeps the send dates in the stages' order.
        foreach (var days in policy.StagesBeforeDue.Order())
        {
            var sendOn = SendDate(due.AddDays(-days));
            if (sendOn <= asOf)
            {
                return (days == 0 ? new ReminderStage(ReminderKind.DueToday) : new ReminderStage(ReminderKind.BeforeDue, days), sendOn);
            }
        }

        return null;
    }

    /// <summary>The working day a stage falling on <paramref name="stageDay"/> goes out.</summary>
    public DateOnly SendDate(DateOnly stageDay) =>
        policy.MoveStagesEarlier ? calendar.PreviousWorkingDayFrom(stageDay) : calendar.NextWorkingDayFrom(stageDay);
}
