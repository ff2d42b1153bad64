namespace SuggestionDesk.Core.Tests.Items;

/// <summary>A value echoed in a message is quoted, its control characters shown, and cut to a readable length with its size.</summary>
public sealed class QuoteTests
{
    [Theory]
    [InlineData("20210347", "'20210347'")]
    [InlineData("关于\n智慧城市", "'关于\\u000A智慧城市'")]
    [InlineData("", "''")]
    public void AShortValueIsQuotedWhole(string value, string quoted) => Assert.Equal(quoted, TextRules.Quote(value));

    [Fact]
    public void ALongValueIsCutWithItsLength()
    {
        Assert.Equal($"'{new string('长', 40)}…' (20,000 characters)", TextRules.Quote(new string('长', 20_000)));
    }

    [Fact]
    public void ACutNeverSplitsASurrogatePair()
    {
        var quoted = TextRules.Quote("a" + string.Concat(Enumerable.Repeat("😀", 30)));

        Assert.False(char.IsHighSurrogate(quoted[quoted.IndexOf('…', StringComparison.Ordinal) - 1]), quoted);
        Assert.EndsWith("(61 characters)", quoted, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEmailErrorEchoesALongValueCut()
    {
        var error = Assert.Throws<ArgumentException>(() => EmailRule.Check(new string('x', 5_000), "Owner e-mail"));

        Assert.Contains("…' (5,000 characters) is not", error.Message, StringComparison.Ordinal);
        Assert.True(error.Message.Length < 300, error.Message);
    }
}
