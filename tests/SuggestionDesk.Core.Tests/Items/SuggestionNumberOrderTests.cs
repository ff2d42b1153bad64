namespace SuggestionDesk.Core.Tests.Items;

public sealed class SuggestionNumberOrderTests
{
    [Theory]
    [InlineData("20210347", "20210348")]
    [InlineData("2021-9", "2021-10")]
    [InlineData("2021-0347", "2021-1000")]
    [InlineData("第9号", "第347号")]
    [InlineData("第９号", "第３４７号")]
    [InlineData("第9号", "第３４７号")]
    [InlineData("A/2021/2", "A/2021/12")]
    [InlineData("2020-999", "2021-1")]
    [InlineData("A/2021/12", "B/2021/1")]
    [InlineData("2021", "2021-1")]
    [InlineData("99999999999999999999998", "99999999999999999999999")]
    public void NumbersReadAsPeopleReadThem(string first, string second)
    {
        Assert.True(SuggestionNumberOrder.Instance.Compare(first, second) < 0, $"{first} should come before {second}");
        Assert.True(SuggestionNumberOrder.Instance.Compare(second, first) > 0, $"{second} should come after {first}");
    }

    [Fact]
    public void NumbersThatReadTheSameAreStillOrderedSoTheOrderIsTotal()
    {
        Assert.True(SuggestionNumberOrder.Instance.Compare("2021-0347", "2021-347") < 0);
        Assert.Equal(0, SuggestionNumberOrder.Instance.Compare("第347号", "第347号"));
    }

    [Fact]
    public void ALedgerSortsIntoNumberOrder()
    {
        string[] numbers = ["第347号", "2021-0347", "20210347", "第12号", "2021-12", "20210012", "2021-0348", "第3号"];

        var sorted = numbers.Select(SuggestionNumber.Parse).Order(SuggestionNumberOrder.Instance).Select(n => n.Value);

        Assert.Equal(["2021-12", "2021-0347", "2021-0348", "20210012", "20210347", "第3号", "第12号", "第347号"], sorted);
    }
}
