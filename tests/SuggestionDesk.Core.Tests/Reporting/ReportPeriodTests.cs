using SuggestionDesk.Reporting;

namespace SuggestionDesk.Core.Tests.Reporting;

public sealed class ReportPeriodTests
{
    [Theory]
    [InlineData("2026-11-01", "2026-10", "2026-01-01", "2026-10-31", "2026年1—10月", "January–October 2026")]
    [InlineData("2026-11-27", "2026-10", "2026-01-01", "2026-10-31", "2026年1—10月", "January–October 2026")]
    [InlineData("2026-01-01", "2025", "2025-01-01", "2025-12-31", "2025年度", "2025")]
    [InlineData("2026-02-01", "2026-01", "2026-01-01", "2026-01-31", "2026年1月", "January 2026")]
    [InlineData("2024-03-01", "2024-02", "2024-01-01", "2024-02-29", "2024年1—2月", "January–February 2024")]
    public void ARunReportsTheYearToTheEndOfTheMonthBeforeIt(string today, string name, string from, string to, string chinese, string english)
    {
        var period = ReportPeriod.EndingBefore(DateOnly.Parse(today));

        Assert.Equal(name, period.Name);
        Assert.Equal(DateOnly.Parse(from), period.From);
        Assert.Equal(DateOnly.Parse(to), period.To);
        Assert.Equal(chinese, period.Chinese);
        Assert.Equal(english, period.English);
    }

    [Theory]
    [InlineData("2026-10", "2026-10", "2026-10-31")]
    [InlineData("2026-1", "2026-01", "2026-01-31")]
    [InlineData(" 2024-02 ", "2024-02", "2024-02-29")]
    [InlineData("2025", "2025", "2025-12-31")]
    [InlineData("2025-12", "2025", "2025-12-31")]
    public void APeriodIsNamedByItsYearAndLastMonthAndDecemberIsTheYear(string given, string name, string to)
    {
        var period = ReportPeriod.Parse(given);

        Assert.Equal(name, period.Name);
        Assert.Equal(DateOnly.Parse(to), period.To);
        Assert.Equal(new DateOnly(period.To.Year, 1, 1), period.From);
        Assert.Equal(period, ReportPeriod.EndingBefore(period.To.AddDays(1)));
    }

    [Theory]
    [InlineData("2026-13")]
    [InlineData("2026-00")]
    [InlineData("26-10")]
    [InlineData("2026/10")]
    [InlineData("2026-10-31")]
    [InlineData("十月")]
    [InlineData("")]
    public void AnythingElseIsRefusedNamingTheValueAndTheTwoShapes(string given)
    {
        var error = Assert.Throws<FormatException>(() => ReportPeriod.Parse(given));

        Assert.Contains($"'{given}'", error.Message, StringComparison.Ordinal);
        Assert.Contains("2026-10", error.Message, StringComparison.Ordinal);
        Assert.Contains("2025", error.Message, StringComparison.Ordinal);
    }
}
