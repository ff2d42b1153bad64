namespace SuggestionDesk.Calendar;

/// <summary>
/// The Chinese working-day calendar: a listed day off is not a working day, a listed make-up working day
/// is one (even on a Saturday), and any other day follows Monday–Friday. Dates in a year with no published
/// calendar follow Monday–Friday too, but say so (<see cref="CalendarDay.IsKnown"/>) so callers can flag
/// results as provisional instead of guessing silently. Immutable.
/// </summary>
public sealed class WorkingDayCalendar
{
    private readonly Dictionary<int, HolidayYear> years;
    private readonly Dictionary<DateOnly, HolidayDay> days;

    /// <summary>Builds a calendar from <paramref name="holidayYears"/>; a later entry for the same year replaces an earlier one.</summary>
    public WorkingDayCalendar(IEnumerable<HolidayYear> holidayYears)
    {
        ArgumentNullException.ThrowIfNull(holidayYears);
        years = [];
        foreach (var year in holidayYears)
        {
            years[year.Year] = year;
        }

        days = [];
        foreach (var day in years.Values.Where(y => y.IsPublished).OrderBy(y => y.Year).SelectMany(y => y.Days))
        {
            days[day.Date] = day;
        }
    }

    /// <summary>The calendar shipped with SuggestionDesk (holiday-cn 2019–2027).</summary>
    public static WorkingDayCalendar BuiltIn { get; } = new(BuiltInHolidays.Load());

    /// <summary>The years this calendar holds data for, published or not.</summary>
    public IReadOnlyCollection<HolidayYear> Years => years.Values;

    /// <summary>A new calendar with <paramref name="newer"/> replacing the same years here.</summary>
    public WorkingDayCalendar With(IEnumerable<HolidayYear> newer) => new(years.Values.Concat(newer));

    /// <summary>Whether the State Council's calendar for <paramref name="year"/> is known here.</summary>
    public bool IsPublished(int year) => years.TryGetValue(year, out var data) && data.IsPublished;

    /// <summary>What kind of day <paramref name="date"/> is.</summary>
    public CalendarDay Day(DateOnly date)
    {
        if (days.TryGetValue(date, out var listed))
        {
            return new CalendarDay(date, listed.IsOffDay ? DayKind.Holiday : DayKind.MakeUpWorkday, listed.Name, IsKnown: true);
        }

        var weekend = date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        return new CalendarDay(date, weekend ? DayKind.Weekend : DayKind.Weekday, null, IsPublished(date.Year));
    }

    /// <summary>Whether work is done on <paramref name="date"/>.</summary>
    public bool IsWorkingDay(DateOnly date) => Day(date).IsWorkingDay;

    /// <summary>The first working day on or after <paramref name="date"/>.</summary>
    public DateOnly NextWorkingDayFrom(DateOnly date)
    {
        while (!IsWorkingDay(date))
        {
            date = date.AddDays(1);
        }

        return date;
    }

    /// <summary>How many working days lie after <paramref name="after"/> up to and including <paramref name="through"/>.</summary>
    public int WorkingDaysBetween(DateOnly after, DateOnly through)
    {
        var count = 0;
        for (var day = after.AddDays(1); day <= through; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
            {
                count++;
            }
        }

        return count;
    }
}
