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
        var weekend = date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        if (days.TryGetValue(date, out var listed))
        {
            // A listed working Monday–Friday (holiday-cn marks 2020-02-03, where the extended Spring Festival
            // ended) is worked anyway: nothing was made up, so it is an ordinary weekday.
            var kind = listed.IsOffDay ? DayKind.Holiday : weekend ? DayKind.MakeUpWorkday : DayKind.Weekday;
            return new CalendarDay(date, kind, kind == DayKind.Weekday ? null : listed.Name, IsKnown: true);
        }

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

    /// <summary>The last working day on or before <paramref name="date"/>.</summary>
    public DateOnly PreviousWorkingDayFrom(DateOnly date)
    {
        while (!IsWorkingDay(date))
        {
            date = date.AddDays(-1);
        }

        return date;
    }

    /// <summary>
    /// The years without a published calendar among the days after <paramref name="after"/> up to and including
    /// <paramref name="through"/>: a count of working days over them assumed Monday–Friday.
    /// </summary>
    public IReadOnlyList<int> MissingYearsBetween(DateOnly after, DateOnly through)
    {
        var missing = new List<int>();
        for (var day = after.AddDays(1); day <= through; day = day.AddDays(1))
        {
            if (!Day(day).IsKnown && !missing.Contains(day.Year))
            {
                missing.Add(day.Year);
            }
        }

        return missing;
    }

    /// <summary>The latest year whose calendar is published here; a missing year after it is presumably not published yet.</summary>
    public int? LatestPublishedYear => years.Values.Where(y => y.IsPublished).Select(y => (int?)y.Year).Max();

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
