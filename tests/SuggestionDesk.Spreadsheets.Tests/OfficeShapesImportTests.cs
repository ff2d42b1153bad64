using System.Text;

namespace SuggestionDesk.Spreadsheets.Tests;

/// <summary>
/// A ledger shaped like a real office's, as the GBK CSV Excel saves and as a workbook: names separated with commas
/// and slashes and padded with spaces, dates from date-time cells, result classes written A类, and a totals row
/// (合计 under 序号, the count under 编号) at the end. It imports whole, and again with nothing changed.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class OfficeShapesImportTests(AzuriteFixture azurite) : IDisposable
{
    private static readonly ChangeContext Office = TestClock.As("督办办公室");
    private readonly TempDirectory temp = new();

    private static readonly string[] Lines =
    [
        "2026年市人大代表建议办理台账,,,,,,,,,,,",
        "序号,编号,建议标题,届次,提出人,办理类型,承办处室,承办人,交办日期,签收日期,答复日期,办理结果",
        "1,20260101,关于加快老旧小区改造的建议,市八届人大五次会议,陈代表，刘代表,主办,城市建设处,周　洁,2026/3/5 0:00,2026/3/6 0:00,2026/4/30 0:00,A类",
        "2,20260102,关于合计发放养老补贴的建议,市八届人大五次会议,\"王代表,赵代表\",主办,社会保障处,李 明,2026/3/5 0:00,2026/3/6 0:00,2026/4/28 0:00,Ａ类（解决采纳）",
        "3,20260103,关于改善背街小巷环境的建议,市八届人大五次会议,孙代表/钱代表／吴代表,主办,城市建设处,John Smith,2026-03-05 00:00:00,2026-03-06 00:00:00,,",
        "4,20260104,关于推进智慧城市建设的建议,市八届人大五次会议,郑代表,主办,规划发展处,王芳,2026/3/5 00:00,,,",
        "5,20260105,关于优化营商环境的建议,市八届人大五次会议,冯代表,主办,规划发展处,王芳,2026/3/5,,,",
        "合计,5件,,,,,,,,,,",
    ];

    [Fact]
    public async Task AnOfficeShapedGbkCsvImportsWholeAndAgainWithNothingChanged()
    {
        var path = WriteGbk(Lines);
        var store = azurite.NewStore();
        var service = new LedgerImportService(store, Office);

        var result = await service.ImportAsync(LedgerFiles.Read(path), skipInvalid: false);

        Assert.True(result.Errors.Count == 0, string.Join(Environment.NewLine, result.Errors));
        Assert.Equal((5, 5, 0), (result.Rows, result.Created, result.Invalid));
        Assert.Equal(
        [
            "Row 1: looks like a title ('2026年市人大代表建议办理台账'); the headers are on row 2. It was not imported.",
            "Row 8: looks like a note ('合计 5件'), not an item; it was not imported.",
        ], result.Warnings.Select(w => w.ToString()));
        var items = (await store.QueryAsync(ItemQuery.All).ToListAsync()).ToDictionary(i => i.Number.Value);
        Assert.Equal(("陈代表", "刘代表", "周洁"), (items["20260101"].Proposers.Lead, items["20260101"].Proposers.CoSigners.Single(), items["20260101"].Owner));
        Assert.Equal(("王代表", "赵代表", "李明"), (items["20260102"].Proposers.Lead, items["20260102"].Proposers.CoSigners.Single(), items["20260102"].Owner));
        Assert.Equal(["钱代表", "吴代表"], items["20260103"].Proposers.CoSigners);
        Assert.Equal("John Smith", items["20260103"].Owner);
        Assert.Equal("关于合计发放养老补贴的建议", items["20260102"].Title);
        Assert.All(items.Values, i => Assert.Equal(new DateOnly(2026, 3, 5), i.AssignedOn));
        Assert.Equal(new DateOnly(2026, 3, 6), items["20260103"].SignedForOn);
        Assert.Equal(["A", "A"], new[] { "20260101", "20260102" }.Select(n => items[n].LastReply?.ResultClass?.Code));
        Assert.Equal(new DateOnly(2026, 4, 30), items["20260101"].LastReply?.Date);

        var again = await service.ImportAsync(LedgerFiles.Read(path), skipInvalid: false);

        Assert.Equal((5, 0, 0, 0), (again.Unchanged, again.Created, again.Updated, again.Invalid));
    }

    [Fact]
    public async Task ADateWithATimeOfDayOrAnExcelNumberRefusesTheFileNamingTheValueAndNothingIsWritten()
    {
        var lines = Lines.ToArray();
        lines[5] = lines[5].Replace("2026/3/5 00:00", "2026/3/5 14:30", StringComparison.Ordinal);
        lines[6] = lines[6].Replace("2026/3/5", "46086", StringComparison.Ordinal);
        var store = azurite.NewStore();

        var result = await new LedgerImportService(store, Office).ImportAsync(LedgerFiles.Read(WriteGbk(lines)), skipInvalid: false);

        Assert.True(result.Refused);
        Assert.Equal(
        [
            "Row 6 (20260104), 交办日期: '2026/3/5 14:30': a date as yyyy-MM-dd, yyyy/M/d, yyyy.M.d, yyyy年M月d日 or yyyyMMdd (e.g. 2021-03-15), without a time of day ('2026/3/5 14:30' has one; only 0:00 is read as the bare date)",
            "Row 7 (20260105), 交办日期: '46086': a date: 46086 looks like an Excel date number (2026-03-05); format the column as a date or write 2026-03-05",
        ], result.Errors.Select(e => e.ToString()));
        Assert.Empty(await store.QueryAsync(ItemQuery.All).ToListAsync());
    }

    [Fact]
    public async Task AWorkbookWithATotalsRowAndADateInAGeneralCellReadsAsTheCsvDoes()
    {
        var path = temp.File("office.xlsx");
        object?[] Item(string index, string number, object assigned) =>
            [index, number, "关于加快老旧小区改造的建议", "市八届人大五次会议", "陈代表，刘代表", "主办", "城市建设处", "周　洁", assigned, null, null, null];
        ExcelWorkbook.Write(path, ("台账",
        [
            Lines[1].Split(','),
            Item("1", "20260101", new DateTime(2026, 3, 5)),
            Item("2", "20260102", 46086),                      // a date typed into a General cell shows as its number
            ["合计", "2件", null, null, null, null, null, null, null, null, null, null],
        ]));
        var store = azurite.NewStore();

        var result = await new LedgerImportService(store, Office).ImportAsync(LedgerFiles.Read(path), skipInvalid: true);

        Assert.Equal(
            ["Row 3 (20260102), 交办日期: '46086': a date: 46086 looks like an Excel date number (2026-03-05); format the column as a date or write 2026-03-05"],
            result.Errors.Select(e => e.ToString()));
        Assert.Equal(["Row 4: looks like a note ('合计 2件'), not an item; it was not imported."], result.Warnings.Select(w => w.ToString()));
        var item = Assert.Single(await store.QueryAsync(ItemQuery.All).ToListAsync());
        Assert.Equal(("周洁", "刘代表"), (item.Owner, item.Proposers.CoSigners.Single()));
    }

    public void Dispose() => temp.Dispose();

    private string WriteGbk(string[] lines)
    {
        var path = temp.File("台账.csv");
        File.WriteAllBytes(path, CodePagesEncodingProvider.Instance.GetEncoding(936)!.GetBytes(string.Join("\r\n", lines) + "\r\n"));
        return path;
    }
}
