using SuggestionDesk.Calendar;

namespace SuggestionDesk.Core.Tests.Calendar;

public sealed class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar Cn = WorkingDayCalendar.BuiltIn;

    [Theory]
    [InlineData("2025-01-26", "春节")]
    [InlineData("2025-02-08", "春节")]
    [InlineData("2025-04-27", "劳动节")]
    [InlineData("2025-09-28", "国庆节、中秋节")]
    [InlineData("2025-10-11", "国庆节、中秋节")]
    [InlineData("2026-01-04", "元旦")]
    [InlineData("2026-02-14", "春节")]
    [InlineData("2026-02-28", "春节")]
    [InlineData("2026-05-09", "劳动节")]
    [InlineData("2026-09-20", "国庆节")]
    [InlineData("2026-10-10", "国庆节")]
    public void EveryMakeUpWorkingDayOf2025And2026IsAWorkingWeekendDay(string date, string holiday)
    {
        var day = Cn.Day(DateOnly.Parse(date));

        Assert.True(day.Date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday, $"{date} should fall on a weekend");
        Assert.True(day.IsWorkingDay);
        Assert.Equal(DayKind.MakeUpWorkday, day.Kind);
        Assert.Equal($"{holiday}调休上班", day.Reason);
    }

    [Theory]
    [InlineData("2026-10-01", "国庆节")]
    [InlineData("2026-10-07", "国庆节")]
    [InlineData("2025-10-08", "国庆节、中秋节")]
    [InlineData("2025-01-28", "春节")]
    [InlineData("2024-04-04", "清明节")]
    [InlineData("2021-06-14", "端午节")]
    [InlineData("2020-01-31", "春节")]
    [InlineData("2019-05-02", "劳动节")]
    public void AHolidayOnAWeekdayIsNotAWorkingDay(string date, string holiday)
    {
        var day = Cn.Day(DateOnly.Parse(date));

        Assert.False(day.IsWorkingDay);
        Assert.Equal(DayKind.Holiday, day.Kind);
        Assert.Equal(holiday, day.Reason);
    }

    [Theory]
    [InlineData("2026-11-27", true, DayKind.Weekday)]
    [InlineData("2026-11-28", false, DayKind.Weekend)]
    [InlineData("2026-11-29", false, DayKind.Weekend)]
    [InlineData("2023-03-15", true, DayKind.Weekday)]
    public void UnlistedDaysFollowMondayToFriday(string date, bool working, DayKind kind)
    {
        var day = Cn.Day(DateOnly.Parse(date));

        Assert.Equal(working, day.IsWorkingDay);
        Assert.Equal(kind, day.Kind);
        Assert.True(day.IsKnown);
    }

    // Published figures: the State Council's calendars give these totals of working days a year.
    [Theory]
    [InlineData(2019, 250)]
    [InlineData(2020, 249)]
    [InlineData(2021, 250)]
    [InlineData(2022, 249)]
    [InlineData(2023, 249)]
    [InlineData(2024, 251)]
    [InlineData(2025, 248)]
    [InlineData(2026, 248)]
    public void EachPublishedYearHasItsNumberOfWorkingDays(int year, int workingDays)
    {
        Assert.Equal(workingDays, Cn.WorkingDaysBetween(new DateOnly(year - 1, 12, 31), new DateOnly(year, 12, 31)));
    }

    [Theory]
    [InlineData(2027)]
    [InlineData(2018)]
    public void AYearWithoutAPublishedCalendarIsNotKnown(int year)
    {
        var day = Cn.Day(new DateOnly(year, 10, 1));

        Assert.False(Cn.IsPublished(year));
        Assert.False(day.IsKnown);
        Assert.Equal(new DateOnly(year, 10, 1).DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday), day.IsWorkingDay);
    }

    [Fact]
    public void ANewerYearReplacesThePlaceholder()
    {
        var with2027 = Cn.With([CalendarData.Year2027()]);

        Assert.True(with2027.IsPublished(2027));
        Assert.False(with2027.IsWorkingDay(new DateOnly(2027, 2, 8)));
        Assert.False(Cn.IsPublished(2027));
    }

    [Theory]
    [InlineData("{", "not valid JSON")]
    [InlineData("{\"days\": []}", "no usable \"year\"")]
    [InlineData("{\"year\": 2027, \"days\": [{\"name\": \"春节\", \"date\": \"2027/02/08\", \"isOffDay\": true}]}", "'2027/02/08'")]
    [InlineData("{\"year\": 2027, \"days\": [{\"name\": \"春节\", \"date\": \"2029-02-08\", \"isOffDay\": true}]}", "another year")]
    [InlineData("{\"year\": 2027, \"days\": [{\"name\": \"春节\", \"date\": \"2027-02-08\"}]}", "isOffDay")]
    public void ABadCalendarFileIsRefusedSayingWhatIsWrong(string json, string expected)
    {
        var error = Assert.Throws<FormatException>(() => HolidayYear.Parse(json, "2027.json"));

        Assert.Contains("2027.json", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
