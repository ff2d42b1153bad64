using System.Text.RegularExpressions;
using SuggestionDesk.Calendar;
using SuggestionDesk.Reporting;

namespace SuggestionDesk.Core.Tests.Reporting;

/// <summary>
/// One report never disagrees with itself: each on-time rate is the same number in the key figures, the overview's
/// sentence, the figures table and the chart, and it counts the item never signed for and the late reply.
/// </summary>
public sealed class ReportFiguresAgreeTests
{
    private static readonly SummaryCalculator Calculator = new(new ItemDeadlines(DeadlinePolicy.Default, WorkingDayCalendar.BuiltIn));

    [Theory]
    [InlineData(Language.Chinese, "按时签收率", "按时答复率")]
    [InlineData(Language.English, "signed for on time", "replied on time")]
    public void EveryPlaceARateAppearsGivesTheSameNumber(Language language, string signedLabel, string repliedLabel)
    {
        var model = ReportModelBuilder.Build(LateReportItems.Build(), Calculator, new ReportOptions { AsOf = LateReportItems.AsOf, Language = language });
        var overview = model.Sections.Single(s => s.Kind == ReportSectionKind.Overview);

        Assert.Equal(LateReportItems.SignedOnTimeRate, Assert.Single(Distinct(overview, signedLabel)));
        Assert.Equal(LateReportItems.RepliedOnTimeRate, Assert.Single(Distinct(overview, repliedLabel)));
        Assert.Equal(1, model.Summary.Overdue);
    }

    [Fact]
    public void TheOverviewNeverSaysAllOnTimeBesideAnOverdueItem()
    {
        var model = ReportModelBuilder.Build(LateReportItems.Build(), Calculator, new ReportOptions { AsOf = LateReportItems.AsOf });
        var text = string.Concat(model.Sections[0].Paragraphs);

        Assert.DoesNotContain("所有建议均按时", text, StringComparison.Ordinal);
        Assert.DoesNotContain("100%", text, StringComparison.Ordinal);
        Assert.Contains("另有1件超过签收时限尚未签收", text, StringComparison.Ordinal);
        Assert.Contains("另有1件超过答复时限尚未答复", text, StringComparison.Ordinal);
        Assert.Contains("目前共有1件超过办理时限，正在督办。", text, StringComparison.Ordinal);
        Assert.Equal(["超期未签收", "1", ""], model.Sections[0].Tables[0].Rows.Single(r => r[0] == "超期未签收"));
    }

    /// <summary>
    /// The rate named <paramref name="label"/> as each place gives it: the key figure so labelled, the sentence's
    /// "label N%", the table cell "label N%" and the chart bar so labelled; every place must have it.
    /// </summary>
    private static IReadOnlyList<string> Distinct(ReportSection overview, string label)
    {
        var figure = overview.KeyFigures.Single(f => f.Label == label).Value;
        var pattern = new Regex(Regex.Escape(label) + @"[:： ]*(\d+(?:\.\d+)?%)");
        var sentence = pattern.Matches(string.Concat(overview.Paragraphs)).Select(m => m.Groups[1].Value).ToArray();
        var table = overview.Tables[0].Rows.SelectMany(r => r).SelectMany(cell => pattern.Matches(cell)).Select(m => m.Groups[1].Value).ToArray();
        var chart = overview.Charts.SelectMany(c => c.Bars).Single(b => b.Label == label).Text;
        Assert.NotEmpty(sentence);
        Assert.NotEmpty(table);
        return new[] { figure, chart }.Concat(sentence).Concat(table).Distinct().ToArray();
    }
}
