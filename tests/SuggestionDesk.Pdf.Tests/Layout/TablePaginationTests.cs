using SuggestionDesk.Pdf.Layout;
using SuggestionDesk.Pdf.Layout.Elements;
using SuggestionDesk.Pdf.Layout.Fonts;
using SuggestionDesk.Pdf.Layout.Pages;

namespace SuggestionDesk.Pdf.Tests.Layout;

public sealed class TablePaginationTests
{
    private static readonly TextStyle Cell = new(FaceNames.Song, FaceNames.Serif, 10, 14);

    private static IReadOnlyList<LaidOutPage> LayOut(Table table)
    {
        var document = new LayoutDocument(Cell, Cell);
        document.Section(PageSetup.OfficialA4, s => s.Add(table));
        return document.LayOut();
    }

    private static Table Ledger(int rows, Func<int, string> title)
    {
        var table = new Table([TableColumn.Fit("编号", 80), TableColumn.Fill("标题"), TableColumn.Fit("办理类型", 60)], Cell, Cell);
        for (int i = 0; i < rows; i++)
        {
            table.Row($"N{i:0000}", title(i), "主办");
        }

        return table;
    }

    [Fact]
    public void ALongTableRunsOverPagesWithTheHeaderRowOnEach()
    {
        var pages = LayOut(Ledger(200, i => $"关于第{i}项建议的标题"));

        Assert.True(pages.Count >= 4, $"{pages.Count} pages");
        foreach (var page in pages)
        {
            var texts = page.Texts.ToList();
            Assert.Equal("编号", texts[0]);
            Assert.Contains("标题", texts);
        }
    }

    [Fact]
    public void EveryRowIsOnExactlyOnePageAndNoneIsSplit()
    {
        var pages = LayOut(Ledger(150, i => i % 7 == 0 ? string.Concat(Enumerable.Repeat("很长的建议标题需要折行显示", 8)) : $"标题{i}"));

        for (int i = 0; i < 150; i++)
        {
            var number = $"N{i:0000}";
            Assert.Single(pages, p => p.Texts.Contains(number));
        }

        // A wrapped title's lines stay on the page of its number.
        foreach (var page in pages)
        {
            var numbers = page.Texts.Count(t => t.StartsWith('N'));
            var firstLines = page.Texts.Count(t => t.StartsWith("很长的建议标题", StringComparison.Ordinal));
            Assert.True(firstLines <= numbers);
        }
    }

    [Fact]
    public void NothingIsDrawnBelowTheTextBlock()
    {
        var pages = LayOut(Ledger(300, i => $"标题{i}"));

        foreach (var page in pages)
        {
            // The page number sits 7 mm below the text block; everything else inside it.
            Assert.All(page.Ops.OfType<TextOp>().Where(t => t.Baseline < page.Setup.ContentBottom + (7 * PageSetup.Mm)), t => Assert.True(t.Baseline <= page.Setup.ContentBottom + 0.01));
        }
    }

    [Fact]
    public void ARowTallerThanAPageIsSplitBetweenLinesWithTheHeaderRepeated()
    {
        var huge = string.Concat(Enumerable.Repeat("超长标题", 2000));
        var pages = LayOut(Ledger(1, _ => huge));

        Assert.True(pages.Count > 1);
        Assert.All(pages, p => Assert.Equal("编号", p.Texts.First()));
        var drawn = string.Concat(pages.SelectMany(p => p.Ops.OfType<TextOp>()).Select(t => t.Text).Where(t => t.Contains('超') || t.Contains('标') || t.Contains('长') || t.Contains('题')).Where(t => t != "标题"));
        Assert.Equal(huge, drawn);
    }
}
