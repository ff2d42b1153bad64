using SuggestionDesk.Calendar;

namespace SuggestionDesk.Reminders;

/// <summary>
/// A break of several non-working days in a row (长假: National Day, Spring Festival ...), seen from the last working day
/// before it, when each officer is warned of everything falling due during it or in its first working days after it
/// (节前提醒): nobody is in the office to hear a reminder sent during the break, and the first days back are too late.
/// </summary>
/// <param name="LastWorkingDay">The last working day before the break: the day of the warning.</param>
/// <param name="From">The break's first day off.</param>
/// <param name="To">The break's last day off.</param>
/// <param name="Holidays">The holidays the calendar names in it, e.g. 国庆节; empty when it names none.</param>
/// <param name="WorkingDaysAfter">The working days after the break that the warning covers, in order (the first 3 by default).</param>
public sealed record HolidayBreak(DateOnly LastWorkingDay, DateOnly From, DateOnly To, IReadOnlyList<string> Holidays, IReadOnlyList<DateOnly> WorkingDaysAfter)
{
    // No break in the Chinese calendar comes near this; it only stops a search through a calendar gone wrong.
    private const int LongestBreak = 60;

    private static readonly Dictionary<string, string> EnglishNames = new(StringComparer.Ordinal)
    {
        ["元旦"] = "New Year's Day",
        ["春节"] = "Spring Festival",
        ["清明节"] = "Qingming Festival",
        ["劳动节"] = "Labour Day",
        ["端午节"] = "Dragon Boat Festival",
        ["中秋节"] = "Mid-Autumn Festival",
        ["国庆节"] = "National Day",
    };

    /// <summary>How many days off in a row.</summary>
    public int Days => To.DayNumber - From.DayNumber + 1;

    /// <summary>The warning's name, e.g. 国庆节假期前提醒, 春节假期前提醒; 长假前提醒 when the calendar names no holiday.</summary>
    public string ChineseName => Holidays.Count == 0 ? "长假前提醒" : $"{string.Join("、", Holidays)}假期前提醒";

    /// <summary>The warning's name in English, e.g. "Before the National Day holiday"; "Before the long break" when unnamed.</summary>
    public string EnglishName => Holidays.Count == 0
        ? "Before the long break"
        : $"Before the {string.Join(" and ", Holidays.Select(h => EnglishNames.GetValueOrDefault(h, h)))} holiday";

    /// <summary>The last due date the warning covers: the last of <see cref="WorkingDaysAfter"/>, or the break's last day.</summary>
    public DateOnly WarnThrough => WorkingDaysAfter.Count > 0 ? WorkingDaysAfter[^1] : To;

    /// <summary>Whether the warning covers a clock due on <paramref name="due"/>.</summary>
    public bool Covers(DateOnly due) => due > LastWorkingDay && due <= WarnThrough;

    /// <summary>For a date after the break, which working day after it (1 for the first); 0 for a date in the break.</summary>
    public int WorkingDayAfter(DateOnly due) => due <= To ? 0 : WorkingDaysAfter.Count(d => d <= due);

    /// <summary>
    /// The break that starts the day after <paramref name="asOf"/>, when <paramref name="asOf"/> is a working day followed by
    /// <paramref name="minimumDays"/> or more days off in a row; null otherwise (an ordinary weekend, or no break named by
    /// the calendar: a year without a published calendar has no holidays to warn of).
    /// </summary>
    public static HolidayBreak? After(DateOnly asOf, WorkingDayCalendar calendar, int minimumDays, int lookAheadWorkingDays)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (minimumDays < 1 || !calendar.IsWorkingDay(asOf))
        {
            return null;
        }

        var names = new List<string>();
        var day = asOf.AddDays(1);
        for (; day.DayNumber - asOf.DayNumber <= LongestBreak && calendar.Day(day) is { IsWorkingDay: false } off; day = day.AddDays(1))
        {
            if (off.Kind == DayKind.Holiday && off.HolidayName is { } name)
            {
                names.AddRange(name.Split('、', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            }
        }

        var to = day.AddDays(-1);
        if (to.DayNumber - asOf.DayNumber < minimumDays)
        {
            return null;
        }

        var after = new List<DateOnly>();
        for (var next = to.AddDays(1); after.Count < lookAheadWorkingDays; next = next.AddDays(1))
        {
            if (calendar.IsWorkingDay(next))
            {
                after.Add(next);
            }
        }

        // 节假日 is what the calendar calls a day off listed without a name: it names no holiday.
        var named = names.Where(n => n != "节假日").Distinct(StringComparer.Ordinal).ToArray();
        return new HolidayBreak(asOf, asOf.AddDays(1), to, named, after);
    }
}
