using SuggestionDesk.Ledger;

namespace SuggestionDesk.Core.Tests.Ledger;

public sealed class LedgerDateTests
{
    [Theory]
    [InlineData("2021-03-15")]
    [InlineData("2021-3-15")]
    [InlineData("2021/3/15")]
    [InlineData("2021/03/15")]
    [InlineData("2021年3月15日")]
    [InlineData("2021年03月15日")]
    [InlineData(" 2021-03-15 ")]
    [InlineData("２０２１-０３-１５")]
    [InlineData("20210315")]
    [InlineData("2021.3.15")]
    public void TheLedgerDateFormatsAreRead(string text)
    {
        Assert.True(LedgerDate.TryParse(text, out var date, out var expected), expected);
        Assert.Equal(new DateOnly(2021, 3, 15), date);
    }

    [Theory]
    [InlineData("2026-02-30", "2026-02 has 28 days")]
    [InlineData("2024-02-30", "2024-02 has 29 days")]
    [InlineData("2021-04-31", "2021-04 has 30 days")]
    [InlineData("20210431", "2021-04 has 30 days")]
    [InlineData("2021-13-01", "no month 13")]
    [InlineData("2021-00-10", "no month 0")]
    [InlineData("2021-03-00", "has 31 days")]
    [InlineData("1899-12-31", "1900 or later")]
    [InlineData("0021-03-15", "1900 or later")]
    [InlineData("15.03.2021", "with the year first")]
    [InlineData("15/03/2021", "with the year first")]
    [InlineData("2021-03-15 10:00", "without a time of day ('2021-03-15 10:00' has one")]
    [InlineData("2026/3/5 14:30", "without a time of day ('2026/3/5 14:30' has one")]
    [InlineData("2026/3/5 0:01", "without a time of day")]
    [InlineData("2026-03-06 00:00:01", "without a time of day")]
    [InlineData("2026/3/32 0:00", "2026-03 has 31 days")]
    [InlineData("3/5/2026 0:00", "with the year first")]
    [InlineData("0:00", "yyyy-MM-dd, yyyy/M/d, yyyy.M.d, yyyy年M月d日 or yyyyMMdd")]
    [InlineData("三月十五日", "yyyy-MM-dd, yyyy/M/d, yyyy.M.d, yyyy年M月d日 or yyyyMMdd")]
    [InlineData("44270", "44270 looks like an Excel date number (2021-03-15); format the column as a date or write 2021-03-15")]
    [InlineData("46086", "46086 looks like an Excel date number (2026-03-05); format the column as a date or write 2026-03-05")]
    [InlineData("４６０８６", "46086 looks like an Excel date number (2026-03-05)")]
    [InlineData("46086.5", "46086.5 looks like an Excel date number (2026-03-05)")]
    [InlineData("4608", "yyyy-MM-dd, yyyy/M/d, yyyy.M.d, yyyy年M月d日 or yyyyMMdd")]
    [InlineData("460861", "yyyy-MM-dd, yyyy/M/d, yyyy.M.d, yyyy年M月d日 or yyyyMMdd")]
    public void AnImpossibleOrMalformedDateSaysWhatIsExpected(string text, string expected)
    {
        Assert.False(LedgerDate.TryParse(text, out _, out var message));
        Assert.Contains(expected, message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026/3/5 0:00", 5)]
    [InlineData("2026/3/5 00:00", 5)]
    [InlineData("2026-03-06 00:00:00", 6)]
    [InlineData("2026-03-06T00:00:00", 6)]
    [InlineData("2026年3月6日 0:00", 6)]
    [InlineData("２０２６／３／５　０：００", 5)]
    public void ADateWithMidnightAsExcelSavesADateTimeCellToCsvIsThatDate(string text, int day)
    {
        Assert.True(LedgerDate.TryParse(text, out var date, out var expected), expected);
        Assert.Equal(new DateOnly(2026, 3, day), date);
    }

    [Fact]
    public void AParameterGetsTheSameVerdictAsALedgerCellWithTheValueNamed()
    {
        Assert.Equal(new DateOnly(2026, 3, 5), SuggestionDesk.Calendar.CalendarDateText.Parse("2026/3/5 0:00"));
        var error = Assert.Throws<FormatException>(() => SuggestionDesk.Calendar.CalendarDateText.Parse("46086"));
        Assert.Equal(
            "'46086' is not a date. Give a date: 46086 looks like an Excel date number (2026-03-05); format the column as a date or write 2026-03-05.",
            error.Message);
    }

    [Fact]
    public void TheFirstDayOf1900IsAccepted()
    {
        Assert.True(LedgerDate.TryParse("1900-01-01", out var date, out _));
        Assert.Equal(new DateOnly(1900, 1, 1), date);
    }
}
