using SuggestionDesk.Pdf.Layout.Fonts;
using SuggestionDesk.Pdf.Layout.Text;
using UglyToad.PdfPig;

namespace SuggestionDesk.Pdf.Tests.Report;

public sealed class EnglishAndHostileReportTests
{
    [Fact]
    public void TheEnglishReportHasTheSameStructureAndEveryTitle()
    {
        var items = ReportItems.Seed();
        var pdf = ReportFiles.Write(ReportFiles.Model(items, ReportFiles.SeedOptions(Language.English)), "seed-en.pdf");
        var text = Tools.Text(pdf, lineJoin: " ");

        Assert.All(items, item => Assert.Contains(item.Title, Tools.Text(pdf), StringComparison.Ordinal));
        foreach (var part in new[] { "1. Overview", "2. How the work was done", "3. Turning suggestions into measures", "4. Problems and next steps", "Annex: the ledger", "the office received 24 deputies' suggestions" })
        {
            Assert.Contains(part, text, StringComparison.Ordinal);
        }

        using var document = PdfDocument.Open(pdf);
        Assert.Contains("Page 1 of ", string.Concat(document.GetPage(1).Letters.Select(l => l.Value)), StringComparison.Ordinal);
        Assert.Equal(0, Tools.Run("qpdf", "--check", pdf).ExitCode);
    }

    [Fact]
    public void WithoutANarrativeTheSectionsAreLeftOutAndRenumbered()
    {
        var pdf = ReportFiles.Write(ReportFiles.Model(ReportItems.Seed(), ReportFiles.SeedOptions() with { Narrative = null }), "seed-no-narrative.pdf");
        var text = Tools.Text(pdf);

        Assert.Contains("一、基本情况", text, StringComparison.Ordinal);
        Assert.Contains("二、将建议转化成实际的工作措施", text, StringComparison.Ordinal);
        Assert.DoesNotContain("主要做法", text, StringComparison.Ordinal);
        Assert.DoesNotContain("存在的问题", text, StringComparison.Ordinal);
    }

    [Fact]
    public void HostileTextRendersWithEveryCharacterTheFontsHave()
    {
        var longTitle = string.Concat(Enumerable.Range(0, 2000).Select(i => i % 3 == 0 ? "标题很长 " : i % 3 == 1 ? "averyveryverylongwordwithoutspaces-" : "（长）"))[..20_000];
        var hostile = "关于<script>alert('x')</script>&amp;\"引号\"😀与𠮷及喆的建议";
        var items = ReportItems.Seed().ToList();
        items[0] = SuggestionItem.Create(SuggestionDesk.Testing.Items.Spec("20219999") with { Title = hostile, Role = HandlingRole.Lead, AssignedOn = new DateOnly(2021, 3, 15) }, TestClock.As());
        var options = ReportFiles.SeedOptions() with { Title = longTitle, Issuer = "<b>单位</b>\u0007", DocumentNumber = "𠮷〔2021〕1号" };

        var pdf = ReportFiles.Write(ReportFiles.Model(items, options), "hostile.pdf");

        Assert.Equal(0, Tools.Run("qpdf", "--check", pdf).ExitCode);
        var text = Tools.Text(pdf);
        // Characters no font can draw (😀, 𠮷) show as boxes; every other one reads back, in order.
        Assert.Contains(string.Concat(Drawable(hostile).Where(c => !char.IsWhiteSpace(c))), string.Concat(text.Where(c => !char.IsWhiteSpace(c))), StringComparison.Ordinal);
        Assert.Contains("<script>alert('x')</script>", text, StringComparison.Ordinal);
        Assert.Contains("<b>单位</b>", text, StringComparison.Ordinal);
        // The 20,000-character title wraps over many lines: every character is there, in order, once spaces and line ends are set aside.
        var letters = string.Concat(System.Text.RegularExpressions.Regex.Replace(text, "— \\d+ —", string.Empty).Where(c => !char.IsWhiteSpace(c)));
        Assert.Contains(string.Concat(longTitle[..2000].Where(c => !char.IsWhiteSpace(c))), letters, StringComparison.Ordinal);
        Assert.Contains(string.Concat(longTitle[^2000..].Where(c => !char.IsWhiteSpace(c))), letters, StringComparison.Ordinal);
    }

    /// <summary>The text without the characters no shipped font has (they are drawn as the missing-glyph box).</summary>
    private static string Drawable(string text)
    {
        var chooser = FaceChooser.For(new TextStyle(FaceNames.Song, FaceNames.Serif, 16, 28));
        var kept = new System.Text.StringBuilder();
        for (int i = 0; i < text.Length;)
        {
            int cp = CodePoints.Read(text, i, out int units);
            if (chooser.Choose(cp).Has(cp))
            {
                kept.Append(text, i, units);
            }

            i += units;
        }

        return kept.ToString();
    }
}
