namespace SuggestionDesk.Calendar;

/// <summary>Computes due dates on a <see cref="WorkingDayCalendar"/>, recording why each day was skipped.</summary>
public sealed class DueDateCalculator(WorkingDayCalendar calendar)
{
    /// <summary>The calendar used.</summary>
    public WorkingDayCalendar Calendar { get; } = calendar ?? throw new ArgumentNullException(nameof(calendar));

    /// <summary>
    /// The due date <paramref name="rule"/> gives from <paramref name="start"/>. Working days: the start day is
    /// day 0 and the Nth working day after it is due. Months: the same day number N months later, clamped to
    /// the month's end, then moved forward to the next working day. End of year: December 31 of the start's year,
    /// as it is (no calendar is consulted, so it is never provisional).
    /// </summary>
    public DueDate Compute(DateOnly start, DeadlineRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return rule.Unit switch
        {
            DeadlineUnit.WorkingDays => AddWorkingDays(start, rule),
            DeadlineUnit.Months => AddMonths(start, rule),
            DeadlineUnit.EndOfYear => Result(new DateOnly(start.Year, 12, 31), start, rule, new DateOnly(start.Year, 12, 31), []),
            _ => throw new ArgumentOutOfRangeException(nameof(rule), rule.Unit, "Unknown deadline unit."),
        };
    }

    private DueDate AddWorkingDays(DateOnly start, DeadlineRule rule)
    {
        var examined = new List<CalendarDay>();
        var day = start;
        for (var counted = 0; counted < rule.Amount;)
        {
            day = day.AddDays(1);
            var info = Calendar.Day(day);
            examined.Add(info);
            if (info.IsWorkingDay)
            {
                counted++;
            }
        }

        return Result(day, start, rule, nominal: null, examined);
    }

    private DueDate AddMonths(DateOnly start, DeadlineRule rule)
    {
        // DateOnly.AddMonths keeps the day number and clamps it to the month's end (01-31 + 1 month = 02-28/29).
        var nominal = start.AddMonths(rule.Amount);
        var examined = new List<CalendarDay>();
        var day = nominal;
        while (true)
        {
            var info = Calendar.Day(day);
            examined.Add(info);
            if (info.IsWorkingDay)
            {
                break;
            }

            day = day.AddDays(1);
        }

        return Result(day, start, rule, nominal, examined);
    }

    private DueDate Result(DateOnly due, DateOnly start, DeadlineRule rule, DateOnly? nominal, List<CalendarDay> examined)
    {
        var missing = examined.Where(d => !d.IsKnown).Select(d => d.Date.Year).Distinct().Order().ToArray();
        var latest = Calendar.LatestPublishedYear;
        return new DueDate(
            due,
            start,
            rule,
            nominal,
            Group(examined.Where(d => !d.IsWorkingDay)),
            Group(examined.Where(d => d.Kind == DayKind.MakeUpWorkday)),
            missing)
        {
            NotYetPublishedYears = missing.Where(year => year > latest).ToArray(),
        };
    }

    /// <summary>Joins consecutive days with the same reason into ranges.</summary>
    private static DayRange[] Group(IEnumerable<CalendarDay> days)
    {
        var ranges = new List<DayRange>();
        foreach (var day in days)
        {
            if (ranges.Count > 0 && ranges[^1] is var last && last.Reason == day.Reason && last.To.AddDays(1) == day.Date)
            {
                ranges[^1] = last with { To = day.Date };
            }
            else
            {
                ranges.Add(new DayRange(day.Date, day.Date, day.Reason));
            }
        }

        return ranges.ToArray();
    }
}
