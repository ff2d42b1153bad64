using SuggestionDesk.Calendar;

namespace SuggestionDesk.Core.Tests.Calendar;

public sealed class DueDateCalculatorTests
{
    private readonly DueDateCalculator calculator = new(WorkingDayCalendar.BuiltIn);

    [Theory]
    // Examples from docs/domain.md.
    [InlineData("2026-09-30", 3, DeadlineUnit.WorkingDays, "2026-10-10")]
    [InlineData("2021-03-15", 3, DeadlineUnit.Months, "2021-06-15")]
    [InlineData("2026-07-01", 3, DeadlineUnit.Months, "2026-10-08")]
    // The start day is day 0, and weekends are skipped.
    [InlineData("2026-11-27", 1, DeadlineUnit.WorkingDays, "2026-11-30")]
    [InlineData("2026-11-23", 5, DeadlineUnit.WorkingDays, "2026-11-30")]
    // Spring Festival 2026 with its make-up Saturday before it.
    [InlineData("2026-02-13", 3, DeadlineUnit.WorkingDays, "2026-02-25")]
    [InlineData("2025-09-26", 2, DeadlineUnit.WorkingDays, "2025-09-29")]
    // 20 working days to publish, across the 2025 National Day and Mid-Autumn holiday.
    [InlineData("2025-09-22", 20, DeadlineUnit.WorkingDays, "2025-10-24")]
    // Month-end clamping: 01-31 + 1 month.
    [InlineData("2023-01-31", 1, DeadlineUnit.Months, "2023-02-28")]
    [InlineData("2021-01-31", 1, DeadlineUnit.Months, "2021-03-01")]
    [InlineData("2022-08-31", 1, DeadlineUnit.Months, "2022-09-30")]
    // Leap years.
    [InlineData("2024-01-31", 1, DeadlineUnit.Months, "2024-02-29")]
    [InlineData("2020-01-31", 1, DeadlineUnit.Months, "2020-03-02")]
    [InlineData("2024-02-29", 12, DeadlineUnit.Months, "2025-02-28")]
    // A rule that lands in a holiday moves past all of it.
    [InlineData("2025-07-01", 3, DeadlineUnit.Months, "2025-10-09")]
    [InlineData("2019-01-05", 1, DeadlineUnit.Months, "2019-02-11")]
    [InlineData("2022-12-31", 1, DeadlineUnit.Months, "2023-01-31")]
    public void ComputesDueDatesOnTheChineseCalendar(string from, int amount, DeadlineUnit unit, string due)
    {
        var result = calculator.Compute(DateOnly.Parse(from), new DeadlineRule(amount, unit));

        Assert.Equal(DateOnly.Parse(due), result.Date);
        Assert.False(result.IsProvisional);
    }

    [Fact]
    public void ExplainsTheNationalDayAndTheMakeUpSaturday()
    {
        var result = calculator.Compute(new DateOnly(2026, 9, 30), DeadlineRule.WorkingDays(3));

        Assert.Equal(["2026-10-01..07 国庆节"], result.Skipped.Select(s => s.ToString()));
        Assert.Equal(["2026-10-10 国庆节调休上班"], result.MakeUpDays.Select(s => s.ToString()));
        Assert.Null(result.Nominal);
    }

    [Fact]
    public void AMonthRuleLandingInAHolidayRecordsWhereItLandedAndWhatWasSkipped()
    {
        var result = calculator.Compute(new DateOnly(2026, 7, 1), DeadlineRule.Months(3));

        Assert.Equal(new DateOnly(2026, 10, 1), result.Nominal);
        Assert.Equal(["2026-10-01..07 国庆节"], result.Skipped.Select(s => s.ToString()));
    }

    [Fact]
    public void WeekendsAreNamedAsWeekends()
    {
        var result = calculator.Compute(new DateOnly(2026, 11, 27), DeadlineRule.WorkingDays(1));

        Assert.Equal(["2026-11-28..29 周末"], result.Skipped.Select(s => s.ToString()));
    }

    [Theory]
    [InlineData("2026-12-01", 3, DeadlineUnit.Months)]
    [InlineData("2026-12-28", 5, DeadlineUnit.WorkingDays)]
    [InlineData("2027-03-01", 1, DeadlineUnit.WorkingDays)]
    public void ADateComputedAcrossTheMissing2027IsProvisional(string from, int amount, DeadlineUnit unit)
    {
        var result = calculator.Compute(DateOnly.Parse(from), new DeadlineRule(amount, unit));

        Assert.True(result.IsProvisional);
        Assert.Equal([2027], result.MissingYears);
    }

    [Fact]
    public void ADateWithinThePublished2026IsNotProvisional()
    {
        var result = calculator.Compute(new DateOnly(2026, 12, 1), DeadlineRule.WorkingDays(3));

        Assert.Equal(new DateOnly(2026, 12, 4), result.Date);
        Assert.False(result.IsProvisional);
    }

    [Fact]
    public void LoadingThe2027CalendarMovesAProvisionalDate()
    {
        var before = calculator.Compute(new DateOnly(2026, 11, 2), DeadlineRule.Months(3));
        var after = new DueDateCalculator(WorkingDayCalendar.BuiltIn.With([CalendarData.Year2027()]))
            .Compute(new DateOnly(2026, 11, 2), DeadlineRule.Months(3));

        Assert.Equal(new DateOnly(2027, 2, 2), before.Date);
        Assert.True(before.IsProvisional);
        Assert.Equal(new DateOnly(2027, 2, 6), after.Date);
        Assert.False(after.IsProvisional);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void ANonPositiveAmountIsRefused(int amount)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => DeadlineRule.WorkingDays(amount));

        Assert.Contains($"{amount}", error.Message, StringComparison.Ordinal);
    }
}
