using SuggestionDesk.Reporting;

namespace SuggestionDesk.Core.Tests.Reporting;

public sealed class NarrativeParserTests
{
    [Fact]
    public void HeadingsPickTheSectionsAndTheirBlocksInOrder()
    {
        var narrative = NarrativeParser.Parse("""
            # 2021年工作总结

            这段在任何一节之外，不用。

            ## 二、主要做法

            ### （一）加强组织领导

            制定印发通知，
            明确办理流程。

            - 办前商谈
            - 办后征询

            ## 四、存在的问题及下一步改进措施

            宣传力度有待提升。
            """);

        Assert.Equal(
            [
                new NarrativeBlock(NarrativeBlockKind.Heading, "（一）加强组织领导"),
                new NarrativeBlock(NarrativeBlockKind.Paragraph, "制定印发通知，明确办理流程。"),
                new NarrativeBlock(NarrativeBlockKind.ListItem, "办前商谈"),
                new NarrativeBlock(NarrativeBlockKind.ListItem, "办后征询"),
            ],
            narrative.Practices);
        Assert.Equal([new NarrativeBlock(NarrativeBlockKind.Paragraph, "宣传力度有待提升。")], narrative.Problems);
    }

    [Fact]
    public void EnglishHeadingsAndWrappedLatinLinesJoinWithASpace()
    {
        var narrative = NarrativeParser.Parse("# Practices\nWe met the deputies\nin person.\n\n# Problems and next steps\nMore visits.");

        Assert.Equal("We met the deputies in person.", Assert.Single(narrative.Practices).Text);
        Assert.Equal("More visits.", Assert.Single(narrative.Problems).Text);
    }

    [Fact]
    public void ATextNamingNeitherSectionIsRefusedSayingWhatToWrite()
    {
        var error = Assert.Throws<FormatException>(() => NarrativeParser.Parse("# 其他\n正文"));

        Assert.Contains("# 主要做法", error.Message, StringComparison.Ordinal);
    }
}
