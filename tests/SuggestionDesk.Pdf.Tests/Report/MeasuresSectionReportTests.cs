namespace SuggestionDesk.Pdf.Tests.Report;

/// <summary>
/// Section 三 as the committee reads it, through pdftotext: each Lead, Sole and Split item, its points headed as the seed
/// heads them and their measures in paragraphs; the reply where no point is written up; the note only where nothing is.
/// </summary>
public sealed class MeasuresSectionReportTests
{
    private static readonly ChangeContext By = TestClock.As("督办办公室");

    private static readonly string LongMeasure = string.Join('\n', Enumerable.Range(1, 12).Select(i =>
        $"第{i}段：我局结合“数字深圳”建设规划编制工作，对全市市直单位和区级单位就信息化基础设施、数据资源、应用系统等方面开展了全面调研，初步梳理了相关系统和数据情况（段{i}完）。"));

    private static readonly Lazy<string> Chinese = new(() => Write(Language.Chinese, "measures-zh.pdf"));

    [Fact]
    public void EachItemListsItsPointsAndTheirMeasuresInOrder()
    {
        var text = Tools.Text(Chinese.Value);

        string[] inOrder =
        [
            "三、将建议转化成实际的工作措施",
            // Lead items in the order they were assigned, then by number: 20210254 and 20210347 came the same day.
            "（一）第20210254号《关于升级改造老旧社区，提升民生幸福感、安全感的建议》",
            "一是完成平台一期建设。", "二是接入38个部门的业务系统。",
            "（二）第20210347号《关于创新智慧城市和数字政府建设管理体制机制的建议》",
            "1.关于“探索‘建管分离’‘运管分离’顶层设计”建议。",
            "第1段：我局结合“数字深圳”建设规划编制工作", "（段1完）。", "第12段：", "（段12完）。",
            "2.关于“优化智慧城市和数字政府建设模式”建议。",
            "经汇总市财政局会办意见。",
            "（三）第20210198号《关于加快推进城市运行“一网统管”平台建设的建议（示例）》",
            "（办理措施尚未录入。）",
            "附件：建议提案办理台账",
        ];
        var at = 0;
        foreach (var part in inOrder)
        {
            var found = text.IndexOf(part, at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"'{part}' not found after position {at}");
            at = found + part.Length;
        }
    }

    [Fact]
    public void EveryParagraphOfALongMeasureReadsBackWhole()
    {
        var letters = Letters(Tools.Text(Chinese.Value));

        Assert.All(LongMeasure.Split('\n'), paragraph => Assert.Contains(Letters(paragraph), letters, StringComparison.Ordinal));
    }

    [Fact]
    public void TheNoteThatNothingIsRecordedAppearsOnlyForTheItemWithNothing()
    {
        var text = Tools.Text(Chinese.Value);

        Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, "（办理措施尚未录入。）"));
    }

    [Fact]
    public void AnItemsHeadingAndFactsNeverEndAPageWithoutItsFirstPoint()
    {
        // The item before 20210347 grows a paragraph at a time, so 20210347 starts at every height of a page in turn.
        for (var paragraphs = 1; paragraphs <= 12; paragraphs++)
        {
            var items = ReportItems.Seed().Select(item => item.Number.Value == "20210254" ? With(item, Long(paragraphs)) : item).ToArray();
            var path = ReportFiles.Write(ReportFiles.Model(items, ReportFiles.SeedOptions()), $"measures-pages-{paragraphs}.pdf");
            using var document = UglyToad.PdfPig.PdfDocument.Open(path);
            var text = string.Join('\f', document.GetPages().Select(p => string.Concat(p.Letters.Select(l => l.Value))));

            var heading = text.IndexOf("第20210347号《", StringComparison.Ordinal);
            var point = text.IndexOf("1.关于“探索", heading, StringComparison.Ordinal);
            Assert.True(heading >= 0 && point > heading, $"with {paragraphs} paragraphs before it, 20210347 or its first point is missing");
            Assert.False(text[heading..point].Contains('\f', StringComparison.Ordinal), $"with {paragraphs} paragraphs before it, 20210347's first point is on the page after its heading");
        }
    }

    [Fact]
    public void TheEnglishReportQuotesEachPointAndUsesItsOwnNote()
    {
        var text = Tools.Text(Write(Language.English, "measures-en.pdf"), lineJoin: " ");

        Assert.Contains("3. Turning suggestions into measures", text, StringComparison.Ordinal);
        Assert.Contains("1. On \u201C探索\u2018建管分离\u2019\u2018运管分离\u2019顶层设计\u201D.", text, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, @"\(No measures recorded yet\.\)"));
    }

    /// <summary>
    /// The sample year with section 三 as an office writes it up: 20210347 point by point, one long measure of twelve
    /// paragraphs; 20210254 without points, its reply's text; 20210198 with neither.
    /// </summary>
    private static string Write(Language language, string name)
    {
        var items = ReportItems.Seed().Select(item => item.Number.Value switch
        {
            "20210347" => With(item, ("探索“建管分离”“运管分离”顶层设计", LongMeasure), ("优化智慧城市和数字政府建设模式", "经汇总市财政局会办意见。")),
            "20210254" => Reissued(item, "一是完成平台一期建设。\n二是接入38个部门的业务系统。"),
            "20210198" => Reissued(item, null),
            _ => item,
        }).ToArray();
        return ReportFiles.Write(ReportFiles.Model(items, ReportFiles.SeedOptions(language)), name);
    }

    // A point of two-line paragraphs, as many as asked.
    private static (string, string) Long(int paragraphs) =>
        ("制定地方标准", string.Join('\n', Enumerable.Repeat("各部门将根据职责范围，继续制定完善智慧化应用的相关地方标准，推动数据分类分级等标准体系建设。", paragraphs)));

    private static SuggestionItem With(SuggestionItem item, params (string Title, string Measures)[] points)
    {
        while (item.SubPoints.Count > 0)
        {
            item.RemovePoint(1, By);
        }

        for (var i = 0; i < points.Length; i++)
        {
            item.SetPoint(i + 1, points[i].Title, points[i].Measures, By);
        }

        return item;
    }

    /// <summary>The item as it was, without points and with <paramref name="replyText"/> as its reply's text.</summary>
    private static SuggestionItem Reissued(SuggestionItem item, string? replyText)
    {
        var snapshot = item.ToSnapshot();
        return SuggestionItem.Restore(snapshot with
        {
            SubPoints = [],
            Replies = snapshot.Replies.Select(r => r with { Text = replyText }).ToArray(),
        }, version: null);
    }

    private static string Letters(string text) =>
        string.Concat(System.Text.RegularExpressions.Regex.Replace(text, "— \\d+ —", string.Empty).Where(c => !char.IsWhiteSpace(c)));
}
