namespace SuggestionDesk.Core.Tests.Items;

public sealed class ParagraphsTests
{
    [Theory]
    [InlineData("一\n二", new[] { "一", "二" })]
    [InlineData("一\r\n二\r三", new[] { "一", "二", "三" })]
    [InlineData("　　一。\n\n\n　　二。", new[] { "一。", "二。" })]
    [InlineData("一\u2028二\u2029三", new[] { "一", "二", "三" })]
    [InlineData("\u200B\n一", new[] { "一" })]
    [InlineData("", new string[0])]
    [InlineData(null, new string[0])]
    public void EveryLineBreakEndsAParagraphAndBlankOnesAreDropped(string? text, string[] paragraphs)
    {
        Assert.Equal(paragraphs, Paragraphs.Split(text));
    }

    [Fact]
    public void NormalizedTextJoinsParagraphsWithOneLineBreakAndIsNullWhenEmpty()
    {
        Assert.Equal("一\n二", Paragraphs.Normalize(" 一 \r\n\r\n二"));
        Assert.Null(Paragraphs.Normalize("\n \n"));
    }
}
