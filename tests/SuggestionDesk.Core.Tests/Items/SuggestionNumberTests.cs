namespace SuggestionDesk.Core.Tests.Items;

public sealed class SuggestionNumberTests
{
    [Theory]
    [InlineData("20210347")]
    [InlineData("2021/0347")]
    [InlineData("2026#12")]
    [InlineData("A\\B")]
    [InlineData("x' or PartitionKey ne '")]
    [InlineData("第３４７号")]
    [InlineData("🏛️ 12")]
    public void KeepsAnyPrintableNumberExactly(string value)
    {
        Assert.Equal(value, SuggestionNumber.Parse(value).Value);
    }

    [Theory]
    [InlineData("2021\u00000347", "U+0000")]
    [InlineData("2021\n0347", "U+000A")]
    [InlineData("2021\u00850347", "U+0085")]
    public void RefusesControlCharactersNamingThem(string value, string shown)
    {
        var error = Assert.Throws<ArgumentException>(() => SuggestionNumber.Parse(value));

        Assert.Contains(shown, error.Message, StringComparison.Ordinal);
        Assert.Contains("remove", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void CountsLengthInCharactersSoTwoHundredEmojiAreAccepted()
    {
        var emoji = string.Concat(Enumerable.Repeat("😀", 200));

        Assert.Equal(400, emoji.Length);
        Assert.Equal(emoji, SuggestionNumber.Parse(emoji).Value);
    }

    [Fact]
    public void RefusesMoreThanTwoHundredCharacters()
    {
        var error = Assert.Throws<ArgumentException>(() => SuggestionNumber.Parse(new string('7', 201)));

        Assert.Contains("201 characters", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(" 20210347")]
    [InlineData("20210347 ")]
    public void RefusesSurroundingSpaces(string value)
    {
        var error = Assert.Throws<ArgumentException>(() => SuggestionNumber.Parse(value));

        Assert.Contains("spaces", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RefusesAMissingNumber()
    {
        var error = Assert.Throws<ArgumentException>(() => SuggestionNumber.Parse("  "));

        Assert.Contains("missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NamesALoneSurrogateAsSuch()
    {
        var error = Assert.Throws<ArgumentException>(() => SuggestionNumber.Parse("2021\uD800"));

        Assert.Contains("unpaired surrogate U+D800", error.Message, StringComparison.Ordinal);
    }
}
