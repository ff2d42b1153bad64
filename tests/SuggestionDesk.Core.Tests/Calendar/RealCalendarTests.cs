using SuggestionDesk.Calendar;

namespace SuggestionDesk.Core.Tests.Calendar;

/// <summary>Due dates pinned against the State Council calendars 2019–2026, where holidays and make-up days bite.</summary>
public sealed class RealCalendarTests
{
    private readonly DueDateCalculator calculator = new(WorkingDayCalendar.BuiltIn);

    [Theory]
    // Spring Festival, every year: the days off, and the make-up Saturdays and Sundays around them.
    [InlineData("2019-02-01", 3, "2019-02-11")] // 02-02 and 02-03 are make-up days, 02-04..10 off
    [InlineData("2020-01-17", 1, "2020-01-19")] // make-up Sunday before the holiday
    [InlineData("2020-01-23", 1, "2020-02-03")] // 01-24..02-02, extended that year
    [InlineData("2021-02-05", 1, "2021-02-07")] // make-up Sunday
    [InlineData("2021-02-10", 1, "2021-02-18")]
    [InlineData("2021-02-19", 1, "2021-02-20")] // make-up Saturday after
    [InlineData("2022-01-28", 3, "2022-02-07")] // 01-29 and 01-30 worked, 01-31..02-06 off
    [InlineData("2023-01-20", 1, "2023-01-28")] // 01-21..27 off, 01-28 worked
    [InlineData("2024-02-09", 1, "2024-02-18")] // 02-10..17 off, make-up Sunday 02-18
    [InlineData("2025-01-27", 1, "2025-02-05")] // 01-28..02-04 off
    [InlineData("2025-02-07", 1, "2025-02-08")] // make-up Saturday
    [InlineData("2026-02-13", 1, "2026-02-14")] // make-up Saturday before nine days off
    [InlineData("2026-02-14", 1, "2026-02-24")]
    // Dragon Boat and Mid-Autumn, alone and merged with National Day.
    [InlineData("2020-06-24", 1, "2020-06-28")] // 端午 06-25..27, make-up Sunday 06-28
    [InlineData("2023-06-21", 1, "2023-06-25")] // 端午 06-22..24, make-up Sunday 06-25
    [InlineData("2025-05-30", 1, "2025-06-03")] // 端午 05-31..06-02
    [InlineData("2021-09-17", 2, "2021-09-22")] // 中秋: 09-18 worked, 09-19..21 off
    [InlineData("2024-09-13", 2, "2024-09-18")] // 中秋: 09-14 worked, 09-15..17 off
    [InlineData("2026-09-24", 1, "2026-09-28")] // 中秋 09-25..27 a week after the 国庆 make-up Sunday
    [InlineData("2020-09-30", 1, "2020-10-09")] // 国庆 and 中秋 merged: 10-01..08
    [InlineData("2020-10-09", 1, "2020-10-10")] // its make-up Saturday
    [InlineData("2023-09-28", 1, "2023-10-07")] // 中秋 and 国庆 merged: 09-29..10-06, 10-07 and 10-08 worked
    [InlineData("2023-09-28", 3, "2023-10-09")]
    [InlineData("2025-09-30", 3, "2025-10-11")] // 10-01..08 off, make-up Saturday 10-11
    // New Year, including the 2019 notice's make-up Saturday and days off in 2018.
    [InlineData("2018-12-28", 1, "2018-12-29")]
    [InlineData("2018-12-29", 1, "2019-01-02")]
    [InlineData("2022-12-30", 1, "2023-01-03")] // 2022-12-31 is listed by the 2023 notice
    [InlineData("2025-12-31", 1, "2026-01-04")] // 01-01..03 off, make-up Sunday 01-04
    public void WorkingDaysFollowThePublishedCalendar(string from, int days, string due)
    {
        var result = calculator.Compute(DateOnly.Parse(from), DeadlineRule.WorkingDays(days));

        Assert.Equal(DateOnly.Parse(due), result.Date);
        Assert.False(result.IsProvisional, $"{from} + {days} working days examines only published days");
    }

    [Theory]
    // The same day number, clamped to the month's end, then the next working day.
    [InlineData("2021-01-29", 1, "2021-03-01")] // 02-28 is a Sunday
    [InlineData("2024-01-30", 1, "2024-02-29")] // leap year
    [InlineData("2026-01-31", 1, "2026-02-28")] // clamped onto the Spring Festival make-up Saturday
    [InlineData("2025-08-31", 1, "2025-09-30")]
    [InlineData("2023-05-31", 1, "2023-06-30")]
    [InlineData("2021-07-31", 2, "2021-09-30")]
    [InlineData("2023-06-30", 3, "2023-10-07")] // 09-30 is in the merged 中秋/国庆 holiday; 10-07 is worked
    [InlineData("2019-12-31", 1, "2020-02-03")] // 01-31 falls in the extended 2020 Spring Festival
    public void MonthsFromTheEndOfAMonthClampAndThenMoveToAWorkingDay(string from, int months, string due)
    {
        var result = calculator.Compute(DateOnly.Parse(from), DeadlineRule.Months(months));

        Assert.Equal(DateOnly.Parse(due), result.Date);
    }

    [Fact]
    public void TheListedWorkingMondayAfterThe2020ExtensionIsNotCalledAMakeUpDay()
    {
        // holiday-cn lists 2020-02-03 (a Monday) as a working day: the extended holiday ended there. It is
        // an ordinary working day; explanations must not claim a make-up day was worked.
        var day = WorkingDayCalendar.BuiltIn.Day(new DateOnly(2020, 2, 3));
        var result = calculator.Compute(new DateOnly(2020, 1, 23), DeadlineRule.WorkingDays(3));

        Assert.True(day.IsWorkingDay);
        Assert.Equal(DayKind.Weekday, day.Kind);
        Assert.Equal(new DateOnly(2020, 2, 5), result.Date);
        Assert.Empty(result.MakeUpDays);
        Assert.Equal(["2020-01-24..02-02 春节"], result.Skipped.Select(s => s.ToString()));
    }
}
