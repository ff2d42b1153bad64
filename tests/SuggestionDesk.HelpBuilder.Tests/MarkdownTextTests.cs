using SuggestionDesk.HelpBuilder.Markdown;

namespace SuggestionDesk.HelpBuilder.Tests;

/// <summary>Markdown inline markup becomes the plain text Get-Help prints.</summary>
public sealed class MarkdownTextTests
{
    [Theory]
    [InlineData("Use `-Force` to skip it.", "Use -Force to skip it.")]
    [InlineData("It is **only** a sample.", "It is only a sample.")]
    [InlineData("It is __only__ a sample.", "It is only a sample.")]
    [InlineData("An *open* or _closed_ item.", "An open or closed item.")]
    [InlineData("The code keeps `**stars**` as written.", "The code keeps **stars** as written.")]
    [InlineData("See [the guide](https://example.org/guide).", "See the guide (https://example.org/guide).")]
    [InlineData("See [Get-Suggestion](Get-Suggestion.md).", "See Get-Suggestion.")]
    [InlineData("Open <https://example.org> now.", "Open https://example.org now.")]
    [InlineData("The set __AllParameterSets and snake_case_name stay.", "The set __AllParameterSets and snake_case_name stay.")]
    [InlineData(@"Escaped \*stars\* and \_underscores\_ stay.", "Escaped *stars* and _underscores_ stay.")]
    [InlineData("交办单位须在**三个工作日**内签收。", "交办单位须在三个工作日内签收。")]
    [InlineData("2 * 3 * 4 is arithmetic.", "2 * 3 * 4 is arithmetic.")]
    public void InlineMarkupIsDroppedAndItsTextKept(string markdown, string plain) =>
        Assert.Equal(plain, MarkdownText.Inline(markdown));

    [Theory]
    [InlineData(new[] { "The item is", "assigned." }, "The item is assigned.")]
    [InlineData(new[] { "按会议查询建议时，", "使用 -Session 参数。" }, "按会议查询建议时，使用 -Session 参数。")]
    [InlineData(new[] { "会议名称", "Session name" }, "会议名称 Session name")]
    [InlineData(new[] { "First line  ", "second line" }, "First line\nsecond line")]
    [InlineData(new[] { "* A bullet" }, "- A bullet")]
    public void SoftLineBreaksJoinWithASpaceExceptBetweenChineseCharacters(string[] lines, string paragraph) =>
        Assert.Equal(paragraph, MarkdownText.Paragraph(lines));

    [Fact]
    public void ParagraphsStaySeparateAndFencedTextStaysVerbatim()
    {
        var document = MarkdownDocument.Parse("One\nparagraph.\n\nTwo.\n- item one\n- item two\n\n```\nName  Status\n----  ------\n```\n");

        Assert.Equal(["One paragraph.", "Two.", "- item one", "- item two", "Name  Status\n----  ------"], MarkdownText.Paragraphs(document.Blocks));
    }

    [Fact]
    public void HeadingsInsideCodeBlocksStayCode()
    {
        var document = MarkdownDocument.Parse("## EXAMPLES\n```powershell\n# a comment, not a heading\nGet-HelpSample\n```\n");

        Assert.Equal([new HeadingBlock(1, 2, "EXAMPLES")], document.Blocks.OfType<HeadingBlock>());
        Assert.Equal("# a comment, not a heading\nGet-HelpSample", Assert.Single(document.Blocks.OfType<FenceBlock>()).Code);
    }

    [Fact]
    public void FrontMatterIsReadAndWindowsLineEndingsAreAccepted()
    {
        var document = MarkdownDocument.Parse("---\r\nModule Name: SuggestionDesk\r\nonline version:\r\n---\r\n\r\n# Get-Suggestion\r\n");

        Assert.Equal("SuggestionDesk", document.FrontMatter["module name"]);
        Assert.Equal(string.Empty, document.FrontMatter["online version"]);
        Assert.Equal([new HeadingBlock(6, 1, "Get-Suggestion")], document.Blocks);
    }
}
