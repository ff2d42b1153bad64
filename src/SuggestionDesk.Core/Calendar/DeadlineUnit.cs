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

    /// <summary>
    /// The last day of the start's calendar year (December 31), kept even when it is a day off: "by the end of the
    /// year" (年底前) means within the year, and the next working day would fall in the next one.
    /// </summary>
    EndOfYear,
}
