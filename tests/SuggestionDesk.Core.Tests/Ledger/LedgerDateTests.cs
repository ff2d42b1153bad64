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
    [InlineData("2021-03-15 10:00", "yyyy-MM-dd, yyyy/M/d, yyyy.M.d, yyyy年M月d日 or yyyyMMdd")]
    [InlineData("三月十五日", "yyyy-MM-dd, yyyy/M/d, yyyy.M.d, yyyy年M月d日 or yyyyMMdd")]
    [InlineData("44270", "yyyy-MM-dd, yyyy/M/d, yyyy.M.d, yyyy年M月d日 or yyyyMMdd")]
    public void AnImpossibleOrMalformedDateSaysWhatIsExpected(string text, string expected)
    {
        Assert.False(LedgerDate.TryParse(text, out _, out var message));
        Assert.Contains(expected, message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheFirstDayOf1900IsAccepted()
    {
        Assert.True(LedgerDate.TryParse("1900-01-01", out var date, out _));
        Assert.Equal(new DateOnly(1900, 1, 1), date);
    }
}
