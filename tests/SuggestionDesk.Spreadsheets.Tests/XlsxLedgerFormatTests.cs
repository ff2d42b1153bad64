using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace SuggestionDesk.Spreadsheets.Tests;

public sealed class XlsxLedgerFormatTests : IDisposable
{
    private readonly TempDirectory temp = new();

    [Fact]
    public void AWorkbookWrittenThenReadBackGivesTheSameTable()
    {
        var path = temp.File("ledger.xlsx");
        var table = new LedgerTable(
            ["编号", "标题", "交办日期", "主题", "备注"],
            [
                new LedgerRow(2, ["20210347", "关于创新智慧城市和数字政府建设管理体制机制的建议", "2021-03-15", "智慧城市、数字政府", "=1+1"]),
                new LedgerRow(3, ["0012", "第一行\n第二行", "", "", " 前后空格 "]),
                new LedgerRow(4, ["2021/0347", "🏛️ 建议", "2021年3月15日", "x", "TRUE"]),
            ]);

        LedgerFiles.Write(path, table);
        var back = LedgerFiles.Read(path);

        Assert.Equal(table.Headers, back.Headers);
        Assert.Equal(table.Rows.Select(r => (r.Number, string.Join("|", r.Cells))), back.Rows.Select(r => (r.Number, string.Join("|", r.Cells))));
    }

    [Fact]
    public void DatesInDateColumnsAreWrittenAsRealDateCells()
    {
        var path = temp.File("dates.xlsx");

        LedgerFiles.Write(path, new LedgerTable(["编号", "交办日期"], [new LedgerRow(2, ["20210347", "2021-03-15"])]));

        using var document = SpreadsheetDocument.Open(path, isEditable: false);
        var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        var cells = sheet.Descendants<Row>().Single(r => r.RowIndex?.Value == 2).Elements<Cell>().ToArray();
        Assert.NotEqual(CellValues.Number, cells[0].DataType?.Value ?? CellValues.Number);
        Assert.Null(cells[1].DataType);
        Assert.Equal(new DateTime(2021, 3, 15).ToOADate().ToString(System.Globalization.CultureInfo.InvariantCulture), cells[1].CellValue!.Text);
    }

    [Fact]
    public void AWorkbookAsExcelWritesItIsReadFromItsFirstSheetWithNumbersAndDatesAsTyped()
    {
        var path = temp.File("excel.xlsx");
        ExcelWorkbook.Write(path,
            ("台账", [
                ["编号", "标题", "交办日期", "签收日期", "件数"],
                [20210347, "关于创新智慧城市和数字政府建设管理体制机制的建议", new DateTime(2021, 3, 15), new ChineseDate(new DateTime(2021, 3, 16)), 1.5],
                null,
                [202103470001L, "第二件", "2021/3/20", null, 3],
            ]),
            ("说明", [["这张表不是台账"]]));

        var table = LedgerFiles.Read(path);

        Assert.Equal(["编号", "标题", "交办日期", "签收日期", "件数"], table.Headers);
        Assert.Equal(["20210347", "关于创新智慧城市和数字政府建设管理体制机制的建议", "2021-03-15", "2021-03-16", "1.5"], table.Rows[0].Cells);
        var last = table.Rows[^1];
        Assert.Equal(4, last.Number);
        Assert.Equal(["202103470001", "第二件", "2021/3/20", "", "3"], last.Cells);
        Assert.All(table.Rows.Where(r => r.Number == 3), r => Assert.True(r.IsBlank));
    }

    [Fact]
    public async Task ALedgerBehindAnInstructionsSheetIsReadFromItsOwnSheetAndErrorsNameTheSheet()
    {
        var path = temp.File("with-instructions.xlsx");
        ExcelWorkbook.Write(path,
            ("说明", [["填表说明"], ["1. 编号按人大交办编号填写"], ["2. 日期格式为 yyyy-MM-dd"]]),
            ("2021年台账", [
                ["编号", "标题", "届次", "提出人", "办理类型", "承办部门", "责任人", "交办日期"],
                [20210347, "关于创新智慧城市建设的建议", "市七届人大一次会议", "王代表", "主办", "规划发展处", "李四", "2021-02-30"],
            ]));

        var table = LedgerFiles.Read(path);
        var checkedFile = await new SuggestionDesk.Services.LedgerImportService(new SuggestionDesk.Testing.InMemorySuggestionStore(), SuggestionDesk.Testing.TestClock.As())
            .ValidateAsync(table);
        var error = Assert.Single(checkedFile.Errors);

        Assert.Equal("2021年台账", table.SheetName);
        Assert.Equal("20210347", table.Rows[0].Cells[0]);
        Assert.Equal("2021年台账", error.Sheet);
        Assert.Equal("交办日期", error.Column);
    }

    [Fact]
    public void AFileThatIsNotAWorkbookIsRefusedNamingThePath()
    {
        var path = temp.File("not-really.xlsx");
        File.WriteAllText(path, "编号,标题\r\n");

        var error = Assert.Throws<InvalidDataException>(() => LedgerFiles.Read(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("Excel 工作簿 (*.xlsx)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFileThatIsNotAWorkbookIsRefusedInChineseUnderAChineseUiCulture()
    {
        var path = temp.File("不是工作簿.xlsx");
        File.WriteAllText(path, "编号,标题\r\n");
        using var culture = UiCulture.Use("zh-CN");

        var error = Assert.Throws<InvalidDataException>(() => LedgerFiles.Read(path));

        Assert.StartsWith($"台账文件 '{path}'：该文件不是可以读取的 Excel 工作簿（", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("）。请在 Excel 中打开，另存为“Excel 工作簿 (*.xlsx)”。", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnOversizedFileIsRefusedInChineseUnderAChineseUiCulture()
    {
        var path = temp.File("ledger.csv");
        using (var file = File.Create(path))
        {
            file.SetLength(LedgerFiles.MaxFileBytes + 1);
        }

        using var culture = UiCulture.Use("zh-CN");

        var error = Assert.Throws<InvalidDataException>(() => LedgerFiles.Read(path));

        Assert.Contains($"台账文件 '{path}' 大小为 ", error.Message, StringComparison.Ordinal);
        Assert.Contains("上限为 ", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => temp.Dispose();
}
