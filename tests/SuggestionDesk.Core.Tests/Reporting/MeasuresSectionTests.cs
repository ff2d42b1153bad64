using SuggestionDesk.Calendar;
using SuggestionDesk.Reporting;

namespace SuggestionDesk.Core.Tests.Reporting;

/// <summary>
/// Section 三 (将建议转化成实际的工作措施) answers each Lead, Sole or Split item point by point as the seed does:
/// "1.关于“…”建议。" and the measures' paragraphs; the reply's text where no point is written up; the note that nothing
/// is recorded only where nothing is.
/// </summary>
public sealed class MeasuresSectionTests
{
    private static readonly SummaryCalculator Calculator = new(new ItemDeadlines(DeadlinePolicy.Default, WorkingDayCalendar.BuiltIn));
    private static readonly ChangeContext By = TestClock.As("督办办公室");
    private static readonly DateOnly AsOf = new(2021, 9, 28);

    [Fact]
    public void EachPointIsHeadedAsTheSeedHeadsItAndItsMeasuresAreItsParagraphs()
    {
        var item = Replied("20210347", "详见各分项。", ("探索“建管分离”“运管分离”顶层设计", "近年来，我市高度重视顶层设计。\n当前，我局正组织开展研究。"), ("优化智慧城市和数字政府建设模式", "经汇总市财政局会办意见。"));

        var measures = Measures(item);

        Assert.Equal("（一）第20210347号《关于创新智慧城市和数字政府建设管理体制机制的建议》", measures.Heading);
        Assert.Equal(["1.关于“探索‘建管分离’‘运管分离’顶层设计”建议。", "2.关于“优化智慧城市和数字政府建设模式”建议。"], measures.Points.Select(p => p.Heading));
        Assert.Equal(["近年来，我市高度重视顶层设计。", "当前，我局正组织开展研究。"], measures.Points[0].Paragraphs);
        Assert.Empty(measures.Paragraphs);
    }

    [Fact]
    public void TheItemsFactsReadAsTheOfficesReportWritesThem()
    {
        var replied = Replied("20210347", "答复全文。");
        var proposal = SuggestionItem.Create(Spec("20210101") with { Kind = ItemKind.Proposal }, By);
        proposal.SignFor(new DateOnly(2021, 3, 16), By);
        proposal.Reply(new DateOnly(2021, 6, 1), ResultClassScheme.Default.Parse("B"), "答复。", By);
        proposal.Evaluate(new DateOnly(2021, 6, 20), EvaluationResult.Satisfied, null, By);

        Assert.Equal("办理类型：主办；承办部门：规划发展处；答复日期：2021年6月1日；办理结果：A类（解决采纳）；代表评价：尚未评价。", Measures(replied).Facts);
        Assert.EndsWith("答复日期：2021年6月1日；办理结果：B类（正在解决或列入计划）；委员评价：满意。", Measures(proposal).Facts, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("关于设立深圳市园区、社区监管中心的建议", "1.关于设立深圳市园区、社区监管中心的建议。")]
    [InlineData("制定《深圳市关于智慧化应用满足高质量发展的地方标准》的建议。", "1.关于制定《深圳市关于智慧化应用满足高质量发展的地方标准》的建议。")]
    [InlineData("探索\"建管分离\"顶层设计", "1.关于“探索‘建管分离’顶层设计”建议。")]
    public void APointAlreadyPhrasedAsASuggestionKeepsItsWords(string title, string heading)
    {
        var measures = Measures(Replied("20210254", "答复", (title, "措施。")));

        Assert.Equal(heading, Assert.Single(measures.Points).Heading);
    }

    [Fact]
    public void APointWithoutMeasuresBesideOneWithThemShowsItsHeadingAloneAndNoNote()
    {
        var measures = Measures(Replied("20210347", "答复全文。", ("探索顶层设计", "开展调研。"), ("优化建设模式", null)));

        Assert.Equal(["开展调研。"], measures.Points[0].Paragraphs);
        Assert.Empty(measures.Points[1].Paragraphs);
        Assert.Empty(measures.Paragraphs);
    }

    [Fact]
    public void AnItemWithoutPointsShowsItsReplysText()
    {
        var measures = Measures(Replied("20210101", "一是完成平台建设。\n二是接入部门系统。"));

        Assert.Empty(measures.Points);
        Assert.Equal(["一是完成平台建设。", "二是接入部门系统。"], measures.Paragraphs);
    }

    [Fact]
    public void PointsNotYetWrittenUpAreFollowedByTheReplysText()
    {
        var measures = Measures(Replied("20210101", "已按代表意见推进。", ("探索顶层设计", null)));

        Assert.Empty(measures.Points[0].Paragraphs);
        Assert.Equal(["已按代表意见推进。"], measures.Paragraphs);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void TheNoteThatNothingIsRecordedAppearsOnceAndOnlyWhenNothingIs(bool withPoints)
    {
        var item = withPoints ? Replied("20210101", null, ("探索顶层设计", null), ("优化建设模式", null)) : Replied("20210101", null);

        var measures = Measures(item);

        Assert.Equal(["（办理措施尚未录入。）"], measures.Paragraphs);
        Assert.All(measures.Points, p => Assert.Empty(p.Paragraphs));
    }

    [Fact]
    public void InEnglishAPointIsQuotedAndTheNoteIsEnglish()
    {
        var english = new ReportOptions { AsOf = AsOf, Language = Language.English };

        var withPoint = Measures(Replied("20210347", null, ("探索“建管分离”顶层设计", "开展调研。")), english);
        var empty = Measures(Replied("20210101", null), english);

        Assert.Equal("1. On \u201C探索\u2018建管分离\u2019顶层设计\u201D.", Assert.Single(withPoint.Points).Heading);
        Assert.Equal(["(No measures recorded yet.)"], empty.Paragraphs);
    }

    [Fact]
    public void JointItemsAreNotAnsweredPointByPoint()
    {
        var joint = SuggestionItem.Create(Spec("20210400", role: HandlingRole.Joint) with { LeadUnit = "市财政局" }, By);
        joint.SetPoint(1, null, "会办意见中的措施。", By);

        var section = Section([joint, Replied("20210347", "答复")]);

        Assert.Equal(["20210347"], section.Items.Select(i => i.Number));
        Assert.Equal(["20210400"], section.Tables.Single().Rows.Select(r => r[0]));
    }

    private static SuggestionItem Replied(string number, string? replyText, params (string Title, string? Measures)[] points)
    {
        var item = SuggestionItem.Create(Spec(number) with { SubPoints = points.Select(p => new SubPoint(p.Title, p.Measures)).ToArray() }, By);
        item.SignFor(new DateOnly(2021, 3, 16), By);
        item.Reply(new DateOnly(2021, 6, 1), ResultClassScheme.Default.Parse("A"), replyText, By);
        return item;
    }

    private static ReportItemMeasures Measures(SuggestionItem item, ReportOptions? options = null) => Section([item], options).Items.Single();

    private static ReportSection Section(IEnumerable<SuggestionItem> items, ReportOptions? options = null) =>
        ReportModelBuilder.Build(items, Calculator, options ?? new ReportOptions { AsOf = AsOf }).Sections.Single(s => s.Kind == ReportSectionKind.Measures);
}
