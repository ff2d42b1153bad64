using SuggestionDesk.Calendar;

namespace SuggestionDesk.Core.Tests.Calendar;

public sealed class CalendarDateTextTests
{
    [Theory]
    [InlineData("2021-03-10")]
    [InlineData("2021-3-10")]
    [InlineData("2021/3/10")]
    [InlineData("2021/03/10")]
    [InlineData("2021.3.10")]
    [InlineData("2021.03.10")]
    [InlineData("2021．3．10")]
    [InlineData("２０２１－０３－１０")]
    [InlineData("２０２１年３月１０日")]
    [InlineData("2021年3月10日")]
    [InlineData("2021年03月10日")]
    [InlineData("2021 年 3 月 10 日")]
    [InlineData("20210310")]
    [InlineData("２０２１０３１０")]
    [InlineData(" 2021-03-10 ")]
    public void EveryYearFirstFormOfficesWriteIsRead(string text)
    {
        Assert.True(CalendarDateText.TryParse(text, out var date, out var expected), expected);
        Assert.Equal(new DateOnly(2021, 3, 10), date);
    }

    [Theory]
    [InlineData("3/10/2021")]
    [InlineData("10/3/2021")]
    [InlineData("10.3.2021")]
    [InlineData("10-03-2021")]
    [InlineData("３/１０/２０２１")]
    public void ADayFirstOrMonthFirstDateIsRefusedAsAmbiguousNamingTheFormsAccepted(string text)
    {
        Assert.False(CalendarDateText.TryParse(text, out _, out var expected));
        Assert.Contains("with the year first", expected, StringComparison.Ordinal);
        Assert.Contains("could be read day-first or month-first", expected, StringComparison.Ordinal);
        Assert.Contains(CalendarDateText.Formats, expected, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2021-3/10")]
    [InlineData("2021.3-10")]
    [InlineData("10:00")]
    [InlineData("2021-03-10 10")]
    [InlineData("21-3-10")]
    [InlineData("March 10, 2021")]
    [InlineData("三月十日")]
    [InlineData("4426")]
    [InlineData("442651")]
    [InlineData("")]
    [InlineData("2021\u0663-03-10")]
    public void AnythingElseIsRefusedNamingTheFormsAccepted(string text)
    {
        Assert.False(CalendarDateText.TryParse(text, out _, out var expected));
        Assert.Equal(CalendarDateText.Formats, expected);
    }

    [Theory]
    [InlineData("2021-03-10 10:00", "a date as yyyy-MM-dd, yyyy/M/d, yyyy.M.d, yyyy年M月d日 or yyyyMMdd (e.g. 2021-03-15), without a time of day ('2021-03-10 10:00' has one; only 0:00 is read as the bare date)")]
    [InlineData("44265", "a date: 44265 looks like an Excel date number (2021-03-10); format the column as a date or write 2021-03-10")]
    public void ATimeOfDayOrAnExcelDateNumberIsRefusedSayingWhy(string text, string expected)
    {
        Assert.False(CalendarDateText.TryParse(text, out _, out var message));
        Assert.Equal(expected, message);
    }

    [Theory]
    [InlineData("2021.2.29", "2021-02 has 28 days")]
    [InlineData("2021年13月1日", "no month 13")]
    [InlineData("1899/12/31", "1900 or later")]
    public void AnImpossibleDateIsRefusedSayingWhy(string text, string why)
    {
        Assert.False(CalendarDateText.TryParse(text, out _, out var expected));
        Assert.Contains(why, expected, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseNamesTheValueInItsError()
    {
        var error = Assert.Throws<FormatException>(() => CalendarDateText.Parse("3/10/2021"));

        Assert.StartsWith("'3/10/2021' is not a date. Give a date as yyyy-MM-dd", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DatesAreWrittenYearFirstWithTwoDigitMonthsAndDays()
    {
        Assert.Equal("2021-03-05", CalendarDateText.Format(new DateOnly(2021, 3, 5)));
        Assert.Equal(string.Empty, CalendarDateText.Format(null));
    }
}
