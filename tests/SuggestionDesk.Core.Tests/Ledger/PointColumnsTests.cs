using SuggestionDesk.Ledger;

namespace SuggestionDesk.Core.Tests.Ledger;

public sealed class PointColumnsTests
{
    [Theory]
    [InlineData("编号", "Number")]
    [InlineData("序号", "Index")]
    [InlineData("Index", "Index")]
    [InlineData("要点（建议原文）", "Point")]
    [InlineData("Point 要点", "Point")]
    [InlineData("办理措施\n（可分段）", "Measure")]
    [InlineData("Measures", "Measure")]
    [InlineData("工作措施", "Measure")]
    public void HeadersAreMatchedAsTheLedgersAre(string header, string column)
    {
        Assert.Equal(column, PointColumns.Set.Find(header)?.Name);
    }

    [Theory]
    [InlineData("办理措施", true)]
    [InlineData(" measures ", true)]
    [InlineData("台账", false)]
    public void TheSheetIsFoundByItsChineseOrEnglishName(string name, bool found)
    {
        Assert.Equal(found, PointColumns.IsSheetName(name));
    }

    [Fact]
    public void TheRowCountHeaderIsAPointNumberHereNotARowCount()
    {
        var table = LedgerTable.FromFileRows([["序号", "编号", "要点", "办理措施"], ["1", "20210347", "探索顶层设计", "措施"]], PointColumns.Set);

        Assert.Equal(1, table.HeaderRowNumber);
        Assert.Equal(PointColumns.Index, PointColumns.Set.Find(table.Headers[0]));
    }

    [Fact]
    public void AMeasureLongerThanACellContinuesOnRowsUnderItCutBetweenParagraphs()
    {
        var table = new LedgerTable(["编号", "序号", "要点", "办理措施"],
        [
            new LedgerRow(2, ["20210347", "1", "探索顶层设计", "一二三\n四五六\n七八"]),
            new LedgerRow(3, ["20210347", "2", "优化建设模式", "短"]),
        ]) { SheetName = "办理措施" };

        var continued = PointColumns.Continued(table, maxCellLength: 7);

        Assert.Equal(
            ["20210347|1|探索顶层设计|一二三\n四五六", "20210347|1||七八", "20210347|2|优化建设模式|短"],
            continued.Rows.Select(r => string.Join("|", r.Cells)));
        Assert.Equal([2, 3, 4], continued.Rows.Select(r => r.Number));
        Assert.Equal("办理措施", continued.SheetName);
    }

    [Fact]
    public void AParagraphLongerThanACellIsCutInsideItNeverBetweenASurrogatePair()
    {
        var table = new LedgerTable(["编号", "序号", "要点", "办理措施"], [new LedgerRow(2, ["1", "1", "点", "一二😀三四五"])]);

        var continued = PointColumns.Continued(table, maxCellLength: 3);

        Assert.Equal(["一二", "😀三", "四五"], continued.Rows.Select(r => r.Cell(3)));
        Assert.All(continued.Rows.Skip(1), r => Assert.Equal(string.Empty, r.Cell(2)));
    }

    [Fact]
    public void ATableWhoseCellsFitIsLeftAsItIs()
    {
        var table = new LedgerTable(["编号", "序号", "要点", "办理措施"], [new LedgerRow(2, ["1", "1", "点", "措施"])]);

        Assert.Same(table, PointColumns.Continued(table, maxCellLength: 32_767));
    }
}
