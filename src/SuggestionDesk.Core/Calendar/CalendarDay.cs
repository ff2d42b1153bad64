namespace SuggestionDesk.Calendar;

/// <summary>What kind of day a date is.</summary>
public enum DayKind
{
    /// <summary>Monday to Friday, not a holiday: a working day.</summary>
    Weekday,

    /// <summary>Saturday or Sunday, not a make-up working day.</summary>
    Weekend,

    /// <summary>A public holiday day off (放假), whatever the weekday.</summary>
    Holiday,

    /// <summary>A make-up working day (调休上班), usually a weekend day.</summary>
    MakeUpWorkday,
}

/// <summary>One date as the calendar sees it.</summary>
/// <param name="Date">The date.</param>
/// <param name="Kind">Weekday, weekend, holiday or make-up working day.</param>
/// <param name="HolidayName">For holidays and make-up days, the holiday's name (e.g. 国庆节).</param>
/// <param name="IsKnown">False when the date's year has no published calendar: the weekday rule was assumed.</param>
public readonly record struct CalendarDay(DateOnly Date, DayKind Kind, string? HolidayName, bool IsKnown)
{
    /// <summary>Whether work is done that day.</summary>
    public bool IsWorkingDay => Kind is DayKind.Weekday or DayKind.MakeUpWorkday;

    /// <summary>Why it is not a working day (or is one on a weekend), in Chinese, e.g. 国庆节, 周末, 国庆节调休上班.</summary>
    public string Reason => Kind switch
    {
        DayKind.Holiday => HolidayName ?? "节假日",
        DayKind.Weekend => "周末",
        DayKind.MakeUpWorkday => $"{HolidayName}调休上班",
        _ => "工作日",
    };
}
