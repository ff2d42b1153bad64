namespace SuggestionDesk.Spreadsheets.Tests.Points;

/// <summary>
/// The measures sheet passes the ledger's rule: everything is checked first, each error names the sheet, row, column and
/// value, and with any error nothing at all is written (the ledger's own rows included).
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class MeasuresValidationTests(AzuriteFixture azurite) : IDisposable
{
    private static readonly ChangeContext Office = TestClock.As("督办办公室");
    private static readonly object?[] Header = ["编号", "序号", "要点", "办理措施"];
    private readonly TempDirectory temp = new();

    [Fact]
    public async Task ANumberNeitherOnTheLedgerNorStoredIsRefusedAndNothingIsWritten()
    {
        var store = azurite.NewStore();

        var result = await ImportAsync(store, [20210347, 1, "探索顶层设计", "开展调研。"], ["20219999", 1, "不存在的建议", "措施。"]);

        var error = Assert.Single(result.Errors);
        Assert.True(result.Refused);
        Assert.Equal(("办理措施", 3, "编号", "20219999"), (error.Sheet, error.Row, error.Column, error.Value));
        Assert.StartsWith("Sheet 办理措施, row 3 (20219999), 编号: '20219999': the number of an item on the ledger or already registered", error.ToString(), StringComparison.Ordinal);
        Assert.Empty(await store.QueryAsync(ItemQuery.All).ToListAsync());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("二")]
    [InlineData("1.5")]
    [InlineData("")]
    public async Task APointNumberThatIsNotAWholeNumberFromOneIsRefusedOnItsCell(string index)
    {
        var store = azurite.NewStore();

        var result = await ImportAsync(store, [20210347, index, "探索顶层设计", "开展调研。"]);

        var error = Assert.Single(result.Errors);
        Assert.Equal(("办理措施", 2, "序号", index), (error.Sheet, error.Row, error.Column, error.Value));
        Assert.Contains("a whole number from 1", error.Expected, StringComparison.Ordinal);
        Assert.Empty(await store.QueryAsync(ItemQuery.All).ToListAsync());
    }

    [Theory]
    [InlineData("２")]
    [InlineData("2.")]
    [InlineData("（2）")]
    public async Task PointNumbersAsOfficesWriteThemAreRead(string index)
    {
        var store = azurite.NewStore();

        var result = await ImportAsync(store, [20210347, "1", "探索顶层设计", "开展调研。"], [20210347, index, "优化建设模式", null]);

        Assert.Empty(result.Errors);
        Assert.Equal(["探索顶层设计", "优化建设模式"], (await store.GetAsync("20210347")).SubPoints.Select(p => p.Title));
    }

    [Fact]
    public async Task APointGivenTwiceIsRefusedNamingBothRows()
    {
        var store = azurite.NewStore();

        var result = await ImportAsync(store,
            [20210347, 1, "探索顶层设计", "开展调研。"], [20210254, 1, "制定地方标准", null], [20210347, 1, "另一种说法", "另一种措施。"]);

        var error = Assert.Single(result.Errors);
        Assert.Equal(("办理措施", 2, "序号"), (error.Sheet, error.Row, error.Column));
        Assert.Contains("rows 2 and 4 (2 rows) give point 1 of 20210347", error.Expected, StringComparison.Ordinal);
        Assert.Equal(2, result.Invalid);
        Assert.Empty(await store.QueryAsync(ItemQuery.All).ToListAsync());
    }

    [Fact]
    public async Task PointsNumberedWithAGapAreRefusedSayingWhichNumberComesNext()
    {
        var store = azurite.NewStore();

        var result = await ImportAsync(store, [20210347, 1, "探索顶层设计", null], [20210347, 3, "加强网络安全", null]);

        var error = Assert.Single(result.Errors);
        Assert.Equal(("办理措施", 3, "序号", "3"), (error.Sheet, error.Row, error.Column, error.Value));
        Assert.Contains("its next new point is 2, not 3", error.Expected, StringComparison.Ordinal);
        Assert.Empty(await store.QueryAsync(ItemQuery.All).ToListAsync());
    }

    [Fact]
    public async Task ANewPointWithoutItsWordingIsRefusedOnThePointColumn()
    {
        var store = azurite.NewStore();

        var result = await ImportAsync(store, [20210347, 1, null, "开展调研。"]);

        var error = Assert.Single(result.Errors);
        Assert.Equal(("办理措施", 2, "要点"), (error.Sheet, error.Row, error.Column));
        Assert.Contains("it is a new point", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MeasuresForAnItemWhoseLedgerRowIsInvalidAreRefusedWithIt()
    {
        var store = azurite.NewStore();
        var path = Workbook(LedgerFiles.Read(SampleLedgers.Utf8).Set("20210347", "交办日期", "2021-02-30"), [20210347, 1, "探索顶层设计", null]);

        var result = await new LedgerImportService(store, Office).ImportAsync(LedgerFiles.Read(path), skipInvalid: true);

        Assert.Equal([(null, "交办日期"), ("办理措施", "编号")], result.Errors.Select(e => (e.Sheet, e.Column)));
        Assert.Contains("its row on the ledger is invalid", result.Errors[1].Expected, StringComparison.Ordinal);
        Assert.Equal(23, result.Created);
        Assert.Null(await store.FindAsync(SuggestionNumber.Parse("20210347")));
    }

    [Fact]
    public async Task WithSkipInvalidTheGoodPointsAreWrittenAndTheBadOnesReported()
    {
        var store = azurite.NewStore();

        var result = await ImportAsync(store, skipInvalid: true,
            [20210347, 1, "探索顶层设计", "开展调研。"], [20210347, 3, "跳过第二点", null], [20210254, 0, "制定地方标准", null]);

        Assert.Equal(2, result.Errors.Count);
        Assert.Equal(2, result.Invalid);
        Assert.Equal(24, result.Created);
        Assert.Equal([new SubPoint("探索顶层设计", "开展调研。")], (await store.GetAsync("20210347")).SubPoints);
        Assert.Empty((await store.GetAsync("20210254")).SubPoints);
    }

    [Fact]
    public async Task AMeasuresSheetWithoutItsPointNumbersIsRefusedOnItsHeaderRow()
    {
        var store = azurite.NewStore();
        var path = temp.File("no-index.xlsx");
        var sample = LedgerFiles.Read(SampleLedgers.Utf8);
        ExcelWorkbook.Write(path, Ledger(sample), ("办理措施", [["编号", "要点", "办理措施"], [20210347, "探索顶层设计", "开展调研。"]]));

        var result = await new LedgerImportService(store, Office).ImportAsync(LedgerFiles.Read(path), skipInvalid: true);

        var error = Assert.Single(result.Errors);
        Assert.True(result.Refused);
        Assert.Equal(("办理措施", 1, "序号"), (error.Sheet, error.Row, error.Column));
        Assert.Contains("every table of measures needs it", error.Expected, StringComparison.Ordinal);
        Assert.Empty(await store.QueryAsync(ItemQuery.All).ToListAsync());
    }

    [Fact]
    public async Task MeasuresLongerThanTheLimitAreRefusedWithTheirSize()
    {
        var store = azurite.NewStore();
        var part = new string('措', 30_000);

        var result = await ImportAsync(store,
            [20210347, 1, "探索顶层设计", part], [20210347, 1, null, part], [20210347, 1, null, part], [20210347, 1, null, part]);

        var error = Assert.Single(result.Errors);
        Assert.Equal(("办理措施", 2, "办理措施"), (error.Sheet, error.Row, error.Column));
        Assert.Contains("120,003 characters long; the limit is 100,000", error.Expected, StringComparison.Ordinal);
        Assert.Equal(4, result.Invalid);
    }

    [Fact]
    public void AMeasuresSheetPastTheReadersLimitsIsRefusedNamingTheSheet()
    {
        var path = temp.File("too-many.xlsx");
        ExcelWorkbook.Write(path, ("台账", [["编号", "标题", "届次"]]),
            ("办理措施", [Header, .. Enumerable.Range(1, 30).Select(i => new object?[] { 20210347, i, $"第{i}点", null })]));
        using var file = File.OpenRead(path);

        var error = Assert.Throws<InvalidDataException>(() => XlsxLedgerFormat.Read(file, new XlsxLimits(MaxRows: 20)));

        Assert.Contains("in its sheet '办理措施', cell A21 holds a value on row 21", error.Message, StringComparison.Ordinal);
    }

    private Task<LedgerImportResult> ImportAsync(ISuggestionStore store, params object?[][] measures) => ImportAsync(store, skipInvalid: false, measures);

    private async Task<LedgerImportResult> ImportAsync(ISuggestionStore store, bool skipInvalid, params object?[][] measures)
    {
        var path = Workbook(LedgerFiles.Read(SampleLedgers.Utf8), measures);
        return await new LedgerImportService(store, Office).ImportAsync(LedgerFiles.Read(path), skipInvalid);
    }

    private string Workbook(LedgerTable ledger, params object?[][] measures)
    {
        var path = temp.File(Guid.NewGuid().ToString("N")[..8] + ".xlsx");
        ExcelWorkbook.Write(path, Ledger(ledger), ("办理措施", [Header, .. measures]));
        return path;
    }

    private static (string, object?[]?[]) Ledger(LedgerTable table) =>
        ("台账", [.. table.Rows.Select(r => r.Cells.Cast<object?>().ToArray()).Prepend(table.Headers.Cast<object?>().ToArray())]);

    public void Dispose() => temp.Dispose();
}
