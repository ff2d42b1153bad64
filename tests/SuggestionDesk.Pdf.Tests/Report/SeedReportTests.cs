using UglyToad.PdfPig;

namespace SuggestionDesk.Pdf.Tests.Report;

/// <summary>The seed-sized report (24 items), read back as a committee member's reader would: pdftotext, pdffonts, qpdf, PdfPig.</summary>
public sealed class SeedReportTests
{
    private static readonly IReadOnlyList<SuggestionItem> Items = ReportItems.Seed();
    private static readonly Lazy<string> Pdf = new(() => ReportFiles.Write(ReportFiles.Model(Items, ReportFiles.SeedOptions()), "seed-zh.pdf"));

    [Fact]
    public void EveryTitleReadsBackExactly()
    {
        var text = Tools.Text(Pdf.Value);

        Assert.All(Items, item => Assert.Contains(item.Title, text, StringComparison.Ordinal));
        Assert.All(Items, item => Assert.Contains(item.Number.Value, text, StringComparison.Ordinal));
    }

    [Fact]
    public void ChineseCharactersAreNotReadBackAsRadicals()
    {
        var text = Tools.Text(Pdf.Value);

        Assert.Contains("人大代表建议", text, StringComparison.Ordinal);
        Assert.DoesNotContain('⼈', text);
        Assert.DoesNotContain(text, c => c is >= '\u2F00' and <= '\u2FDF');
    }

    [Fact]
    public void TheOverviewStatesEveryFigure()
    {
        var text = Tools.Text(Pdf.Value);

        Assert.Contains("共接收办理人大代表建议24件，其中主办件3件、承办件1件、分办件1件、会办件19件", text, StringComparison.Ordinal);
        Assert.Contains("已签收24件，其中按时签收24件", text, StringComparison.Ordinal);
        Assert.Contains("其中按时答复24件", text, StringComparison.Ordinal);
        Assert.Contains("需要代表进行评价的建议共5件，目前已收到评价3件，其中满意3件", text, StringComparison.Ordinal);
        Assert.Contains("主动公开3件", text, StringComparison.Ordinal);
        Assert.Contains("截至2021年9月28日", text, StringComparison.Ordinal);
    }

    [Fact]
    public void TheLetterHasItsNumberedSectionsSignatureAndDate()
    {
        var text = Tools.Text(Pdf.Value);

        string[] inOrder =
        [
            "深政数函〔2021〕87号", "深圳市政务服务数据管理局关于报送2021年人大代表建议办理工作总结的函", "市人大常委会办公厅：",
            "一、基本情况", "二、主要做法", "（一）加强组织领导，制定专门方案", "三、将建议转化成实际的工作措施",
            "第20210347号《关于创新智慧城市和数字政府建设管理体制机制的建议》", "1.关于“探索‘建管分离’‘运管分离’顶层设计”建议。",
            "四、存在的问题及下一步改进措施", "专此函报。", "附件：建议提案办理台账", "深圳市政务服务数据管理局", "2021年9月28日",
            "附件：建议提案办理台账",
        ];
        int at = 0;
        foreach (var part in inOrder)
        {
            int found = text.IndexOf(part, at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"'{part}' not found after position {at}");
            at = found + part.Length;
        }
    }

    [Fact]
    public void EveryFontIsEmbeddedAsASubsetAndNoneIsType3()
    {
        var fonts = Tools.Fonts(Pdf.Value);

        Assert.NotEmpty(fonts);
        Assert.All(fonts, row =>
        {
            Assert.Matches("^[A-Z]{6}\\+", row[0]);
            Assert.DoesNotContain("Type 3", string.Join(' ', row));
            Assert.Equal(["yes", "yes", "yes"], row[^5..^2]);
        });
    }

    [Fact]
    public void QpdfFindsTheFileValid()
    {
        var (exitCode, output) = Tools.Run("qpdf", "--check", Pdf.Value);

        Assert.True(exitCode == 0, output);
        Assert.Contains("No syntax or stream encoding errors", output, StringComparison.Ordinal);
    }

    [Fact]
    public void TheDocumentCarriesItsMetadataAndIsA4()
    {
        using var document = PdfDocument.Open(Pdf.Value);

        Assert.Equal("深圳市政务服务数据管理局关于报送2021年人大代表建议办理工作总结的函", document.Information.Title);
        Assert.Equal("深圳市政务服务数据管理局", document.Information.Author);
        Assert.Equal("2021年人大代表建议办理工作总结", document.Information.Subject);
        Assert.NotNull(document.Information.CreationDate);
        Assert.True(document.TryGetXmpMetadata(out var xmp));
        var metadata = System.Text.Encoding.UTF8.GetString(xmp.GetXmlBytes().ToArray());
        Assert.Contains("<pdfaid:part>2</pdfaid:part>", metadata, StringComparison.Ordinal);
        Assert.Contains("<pdfaid:conformance>B</pdfaid:conformance>", metadata, StringComparison.Ordinal);
        Assert.Equal(595, Math.Round(document.GetPage(1).Width));
        Assert.Equal(842, Math.Round(document.GetPage(1).Height));
        Assert.Contains("/Lang(zh-CN)", System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(Pdf.Value)), StringComparison.Ordinal);
    }

    [Fact]
    public void PagesAreNumberedWithDashesAndTheAnnexIsLandscapeWithItsHeaderOnEveryPage()
    {
        using var document = PdfDocument.Open(Pdf.Value);
        var pages = document.GetPages().ToList();

        for (int i = 0; i < pages.Count; i++)
        {
            var letters = string.Concat(pages[i].Letters.Select(l => l.Value));
            Assert.Contains($"— {i + 1} —", letters, StringComparison.Ordinal);
        }

        // The annex's pages carry its running header (the letter's last page names the annex too, above the signature).
        var annex = pages.SkipWhile(p => !string.Concat(p.Letters.Select(l => l.Value)).Contains("附件：建议提案办理台账（截至", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(annex);
        Assert.All(annex, p =>
        {
            Assert.True(p.Width > p.Height);
            Assert.Contains("编号标题办理类型", string.Concat(p.Letters.Select(l => l.Value)), StringComparison.Ordinal);
        });
    }

    [Fact]
    public void TheSeedSizedReportIsUnder300Kilobytes() =>
        Assert.InRange(new FileInfo(Pdf.Value).Length, 1, 300 * 1024);
}
