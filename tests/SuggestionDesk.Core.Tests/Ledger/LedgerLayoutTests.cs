using SuggestionDesk.Ledger;

namespace SuggestionDesk.Core.Tests.Ledger;

/// <summary>
/// A ledger as an office keeps it in Excel: a title merged across the sheet, a 序号 column, wrapped headers, blank
/// rows, a title broken with Alt+Enter, and notes under the table.
/// </summary>
public sealed class LedgerLayoutTests
{
    private static readonly string[] Header =
        ["序号", "编号", "标题", "届次", "提出人", "办理\n类型", "主办单位", "承办部门", "责任人", "交办日期", "签收\n日期", "答复日期", "办理结果\n（A/B/C/D）"];

    private static string[] Row(string index, string number, string title, string role = "主办", string replied = "", string resultClass = "", string proposers = "王代表、李代表") =>
        [index, number, title, "市七届人大一次会议", proposers, role, role == "会办" ? "市发展改革委" : "", "规划发展处", "李明", "2021-03-15", "2021-03-16", replied, resultClass];

    private static IReadOnlyList<string>[] OfficeFile()
    {
        var title = "2021年市人大代表建议办理工作台账";
        return
        [
            Enumerable.Repeat(title, Header.Length).ToArray(),          // a title merged across the sheet (A1:L1)
            ["填报单位：市政务服务数据管理局", "", "", "", "", "", "", "", "", "", "", ""],
            [.. Enumerable.Repeat("", Header.Length)],
            Header,
            Row("1", "20210347", "关于创新智慧城市和数字政府\n建设管理体制机制的建议"),
            Row("2", "20210254", "关于升级改造老旧社区的建议", role: "会办", replied: "2021-04-09"),
            [.. Enumerable.Repeat("", Header.Length)],
            Row("3", "20210198", "关于推进Smart\nCity建设的建议", role: "会办", proposers: "郭代表\n马代表"),
            ["4", "", "", "", "", "", "", "", "", "", "", ""],                  // a numbered template row never filled in
            ["填表人：张三", "", "", "", "", "审核人：李四", "", "", "", "", "", "", ""],
            Enumerable.Repeat("备注：会办件的办理结果由主办单位填写。", Header.Length).ToArray(),
            ["2021年9月28日", "", "", "", "", "", "", "", "", "", "", ""],
        ];
    }

    [Fact]
    public void TheHeaderIsFoundWhereTheKnownHeadersAreBelowTitleRows()
    {
        var table = LedgerTable.FromFileRows(OfficeFile());

        Assert.Equal(4, table.HeaderRowNumber);
        Assert.Equal([1, 2], table.RowsAbove.Select(r => r.Number));
        Assert.Equal(5, table.Rows[0].Number);
    }

    [Fact]
    public void EachTitleAndNoteRowIsOneWarningThatNamesItAndTheItemsAllPass()
    {
        var (items, errors, warnings) = LedgerRows.Build(LedgerTable.FromFileRows(OfficeFile()));

        Assert.Empty(errors);
        Assert.Equal(["20210347", "20210254", "20210198"], items.Select(i => i.Number.Value));
        var rows = warnings.Where(w => w.Column.Length == 0).Select(w => w.ToString()).ToArray();
        Assert.True(rows.Length == 5, string.Join(Environment.NewLine, rows));
        Assert.Equal("Row 1: looks like a title ('2021年市人大代表建议办理工作台账'); the headers are on row 4. It was not imported.", rows[0]);
        Assert.StartsWith("Row 2: looks like a title ('填报单位：市政务服务数据管理局')", rows[1], StringComparison.Ordinal);
        Assert.StartsWith("Row 10: looks like a note ('填表人：张三 审核人：李四')", rows[2], StringComparison.Ordinal);
        Assert.StartsWith("Row 11: looks like a note ('备注：会办件的办理结果由主办单位填写。')", rows[3], StringComparison.Ordinal);
        Assert.StartsWith("Row 12: looks like a note ('2021年9月28日')", rows[4], StringComparison.Ordinal);
        Assert.DoesNotContain(warnings, w => w.Column.Contains("序号", StringComparison.Ordinal));
    }

    [Fact]
    public void ALineBreakInATitleIsFoldedWithAWarningNamingRowAndColumn()
    {
        var (items, _, warnings) = LedgerRows.Build(LedgerTable.FromFileRows(OfficeFile()));

        Assert.Equal("关于创新智慧城市和数字政府建设管理体制机制的建议", items[0].Title);
        Assert.Equal("关于推进Smart City建设的建议", items[2].Title);
        var folded = warnings.Where(w => w.Column == "标题").ToArray();
        Assert.Equal([5, 8], folded.Select(w => w.Row));
        Assert.Contains("a line break (Alt+Enter) in this one-line cell was joined; it was read as '关于创新智慧城市和数字政府建设管理体制机制的建议'", folded[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ALineBreakInAListSeparatesNames()
    {
        var (items, _, warnings) = LedgerRows.Build(LedgerTable.FromFileRows(OfficeFile()));

        Assert.Equal("郭代表", items[2].Proposers.Lead);
        Assert.Equal(["马代表"], items[2].Proposers.CoSigners);
        Assert.DoesNotContain(warnings, w => w.Column == "提出人");
    }

    [Theory]
    [InlineData("关于加快\n推进建设", "关于加快推进建设")]
    [InlineData("关于加快，\r\n推进建设", "关于加快，推进建设")]
    [InlineData("规划发展处\n（大数据处）", "规划发展处（大数据处）")]
    [InlineData("Smart\nCity", "Smart City")]
    [InlineData("智慧\nCity", "智慧 City")]
    [InlineData("  李明 \n\n ", "李明")]
    public void FoldingJoinsChineseDirectlyAndEverythingElseWithOneSpace(string cell, string folded) =>
        Assert.Equal(folded, LedgerLineBreaks.Fold(cell));

    [Fact]
    public void AFileWhoseFirstRowsNameNoColumnsStillReportsItsHeaderRow()
    {
        var table = LedgerTable.FromFileRows([["", ""], ["名称", "日期"], ["x", "2021-03-15"]]);

        Assert.Equal(2, table.HeaderRowNumber);
        var validation = LedgerValidation.Check(table, ResultClassScheme.Default);
        Assert.True(validation.HeaderFailed);
        Assert.All(validation.Errors, e => Assert.Equal(2, e.Row));
    }

    [Fact]
    public void AnErrorNamesTheItemsNumberBesideItsRowAndCutsALongValue()
    {
        var row = LedgerRows.Good().With("Title", new string('长', 20_000));

        var error = Assert.Single(LedgerRows.Build(LedgerRows.Table(row)).Errors);

        Assert.StartsWith("Row 2 (20210347), Title: '长长长", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("…' (20,000 characters): ", error.ToString(), StringComparison.Ordinal);
        Assert.True(error.ToString().Length < 300, error.ToString());
    }

    [Fact]
    public void AnErrorNamesAWrappedHeaderOnOneLine()
    {
        var file = OfficeFile();
        var row = Row("1", "20210347", "关于创新智慧城市建设的建议");
        row[10] = "2021-02-30"; // under 签收⏎日期
        file[4] = row;

        var error = Assert.Single(LedgerValidation.Check(LedgerTable.FromFileRows(file), ResultClassScheme.Default).Errors);

        Assert.Equal("签收日期", error.Column);
        Assert.DoesNotContain("\n", error.ToString(), StringComparison.Ordinal);
    }
}
