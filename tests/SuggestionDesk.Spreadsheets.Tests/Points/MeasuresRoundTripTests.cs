using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace SuggestionDesk.Spreadsheets.Tests.Points;

/// <summary>Points and measures leave the store in a workbook's second sheet (or a CSV file of measures) and come back exactly.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class MeasuresRoundTripTests(AzuriteFixture azurite) : IDisposable
{
    private static readonly ChangeContext Office = TestClock.As("督办办公室");
    private readonly TempDirectory temp = new();

    [Theory]
    [InlineData(Language.Chinese)]
    [InlineData(Language.English)]
    public async Task AWorkbookCarriesTheMeasuresOnASecondSheetAndAnEmptyStoreGetsThemBackExactly(Language headers)
    {
        var first = await SampleWithMeasuresAsync();
        var path = temp.File("ledger.xlsx");

        LedgerFiles.Write(path, await new LedgerExportService(first).ExportAsync(headers: headers));
        var second = azurite.NewStore();
        var result = await new LedgerImportService(second, Office).ImportAsync(LedgerFiles.Read(path), skipInvalid: false);

        Assert.Empty(result.Errors);
        Assert.Equal((24, 24, 4), (result.Rows, result.Created, result.PointRows - ContinuationRows));
        Assert.Equal(["台账", "办理措施"], SheetNames(path));
        foreach (var number in Measures.Keys)
        {
            Assert.Equal((await first.GetAsync(number)).SubPoints, (await second.GetAsync(number)).SubPoints);
        }

        Assert.Equal(["Create"], (await second.GetHistoryAsync(await second.GetAsync("20210347")).ToListAsync()).Select(h => h.Action));
    }

    [Fact]
    public async Task ReimportingAnExportedWorkbookChangesNothing()
    {
        var store = await SampleWithMeasuresAsync();
        var path = temp.File("again.xlsx");
        LedgerFiles.Write(path, await new LedgerExportService(store).ExportAsync(headers: Language.Chinese));

        var result = await new LedgerImportService(store, Office).ImportAsync(LedgerFiles.Read(path), skipInvalid: false);

        Assert.Empty(result.Errors);
        Assert.Empty(result.Warnings);
        Assert.Equal((24, 0, 0), (result.Unchanged, result.Created, result.Updated));
    }

    [Fact]
    public async Task AMeasureLongerThanAnExcelCellIsContinuedOnTheRowsUnderItAndJoinedOnTheWayBack()
    {
        var store = await SampleWithMeasuresAsync();
        var path = temp.File("long.xlsx");

        LedgerFiles.Write(path, await new LedgerExportService(store).ExportAsync(headers: Language.Chinese));
        var points = LedgerFiles.Read(path).Points!;

        var rows = points.Rows.Where(r => r.Cell(0) == "20210254" && r.Cell(1) == "1").ToArray();
        Assert.Equal(3, rows.Length);
        Assert.Equal(["关于制定地方标准的建议", "", ""], rows.Select(r => r.Cell(2)));
        Assert.All(rows, r => Assert.InRange(r.Cell(3).Length, 1, 32_767));
        var fresh = azurite.NewStore();
        await new LedgerImportService(fresh, Office).ImportAsync(LedgerFiles.Read(path), skipInvalid: false);
        Assert.Equal(Measures["20210254"][0].Measures, (await fresh.GetAsync("20210254")).SubPoints[0].Measures);
    }

    [Fact]
    public async Task AFileOfMeasuresAsCsvRoundTripsThroughImportPoints()
    {
        var first = await SampleWithMeasuresAsync();
        var path = temp.File("measures.csv");
        LedgerFiles.Write(path, (await new LedgerExportService(first).ExportAsync(headers: Language.Chinese)).Points!);

        var second = azurite.NewStore();
        await new LedgerImportService(second, Office).ImportAsync(LedgerFiles.Read(SampleLedgers.Utf8), skipInvalid: false);
        var result = await new LedgerImportService(second, Office).ImportPointsAsync(LedgerFiles.ReadPoints(path), skipInvalid: false);
        var again = await new LedgerImportService(second, Office).ImportPointsAsync(LedgerFiles.ReadPoints(path), skipInvalid: false);

        Assert.Empty(result.Errors);
        Assert.Equal((0, 4, 2, 0), (result.Rows, result.PointRows, result.Updated, result.Created));
        Assert.Equal((0, 2), (again.Updated, again.Unchanged));
        foreach (var number in Measures.Keys)
        {
            Assert.Equal((await first.GetAsync(number)).SubPoints, (await second.GetAsync(number)).SubPoints);
        }

        var history = await second.GetHistoryAsync(await second.GetAsync("20210347")).ToListAsync();
        Assert.Equal(["Create", "AddPoint", "AddPoint"], history.Select(h => h.Action));
        Assert.Equal("督办办公室", history[^1].Actor);
    }

    [Fact]
    public async Task AGbkCsvOfMeasuresWithLineBreaksInCellsGivesOneParagraphPerLine()
    {
        var store = azurite.NewStore();
        await new LedgerImportService(store, Office).ImportAsync(LedgerFiles.Read(SampleLedgers.Utf8), skipInvalid: false);
        var path = temp.File("measures-gbk.csv");
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        File.WriteAllBytes(path, System.Text.Encoding.GetEncoding(936).GetBytes(
            "编号,序号,要点,办理措施\r\n20210198,1,推进“一网统管”平台建设,\"　　一是完成平台一期建设。\n\n　　二是接入38个部门的业务系统。\"\r\n"));

        var result = await new LedgerImportService(store, Office).ImportPointsAsync(LedgerFiles.ReadPoints(path), skipInvalid: false);

        Assert.Empty(result.Errors);
        var point = Assert.Single((await store.GetAsync("20210198")).SubPoints);
        Assert.Equal(new SubPoint("推进“一网统管”平台建设", "一是完成平台一期建设。\n二是接入38个部门的业务系统。"), point);
    }

    [Fact]
    public async Task AWorkbookAsExcelWritesItGivesTheMeasuresOfItsSheetNamedMeasures()
    {
        var store = azurite.NewStore();
        var path = temp.File("excel.xlsx");
        var sample = LedgerFiles.Read(SampleLedgers.Utf8);
        ExcelWorkbook.Write(path,
            ("台账", [.. sample.Rows.Select(r => r.Cells.Cast<object?>().ToArray()).Prepend(sample.Headers.Cast<object?>().ToArray())]),
            ("说明", [["填表说明：每个要点一行"]]),
            ("Measures", [
                ["Number", "Index", "Point", "Measure"],
                [20210347, 1, "探索“建管分离”“运管分离”顶层设计", "开展全面调研。\n组建建设运营中心。"],
                [20210347, 2, "优化建设模式", null],
            ]));

        var result = await new LedgerImportService(store, Office).ImportAsync(LedgerFiles.Read(path), skipInvalid: false);

        Assert.Empty(result.Errors);
        Assert.Equal(2, result.PointRows);
        Assert.Equal(
            [new SubPoint("探索“建管分离”“运管分离”顶层设计", "开展全面调研。\n组建建设运营中心。"), new SubPoint("优化建设模式")],
            (await store.GetAsync("20210347")).SubPoints);
    }

    /// <summary>Measures for two of the sample's Lead items; the first of 20210254 is longer than an Excel cell.</summary>
    private static readonly Dictionary<string, SubPoint[]> Measures = new()
    {
        ["20210347"] = ReportItems.SeedPoints,
        ["20210254"] =
        [
            new("关于制定地方标准的建议", string.Join('\n', Enumerable.Range(1, 60).Select(i => $"第{i}段：" + new string('措', 1_500)))),
            new("关于设立深圳市园区、社区监管中心的建议", "目前正在制定的规划已有提升基层智慧治理能力相关内容。"),
        ],
    };

    // 60 paragraphs of about 1,500 characters: about 90,000 characters, 21 paragraphs to a cell, two continuation rows.
    private const int ContinuationRows = 2;

    private async Task<ISuggestionStore> SampleWithMeasuresAsync()
    {
        var store = azurite.NewStore();
        await new LedgerImportService(store, Office).ImportAsync(LedgerFiles.Read(SampleLedgers.Utf8), skipInvalid: false);
        var service = new SuggestionService(store, new SuggestionDesk.Calendar.ItemDeadlines(SuggestionDesk.Calendar.DeadlinePolicy.Default, SuggestionDesk.Calendar.WorkingDayCalendar.BuiltIn), TimeProvider.System);
        foreach (var (number, points) in Measures)
        {
            await service.ChangeAsync(SuggestionNumber.Parse(number), null, false, item =>
            {
                for (var i = 0; i < points.Length; i++)
                {
                    item.SetPoint(i + 1, points[i].Title, points[i].Measures, Office);
                }
            });
        }

        return store;
    }

    private static string[] SheetNames(string path)
    {
        using var document = SpreadsheetDocument.Open(path, isEditable: false);
        return document.WorkbookPart!.Workbook.Descendants<Sheet>().Select(s => s.Name!.Value!).ToArray();
    }

    public void Dispose() => temp.Dispose();
}
