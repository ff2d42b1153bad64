namespace SuggestionDesk.Calendar;

/// <summary>How a deadline's amount is counted.</summary>
public enum DeadlineUnit
{
    /// <summary>Working days: the start day is day 0; the Nth working day after it is the due date.</summary>
    WorkingDays,

    /// <summary>
    /// Calendar months: the same day number N months later, clamped to the month's end, then moved forward
    /// to the next working day if it is not one.
    /// </summary>
    Months,
}
