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
}
