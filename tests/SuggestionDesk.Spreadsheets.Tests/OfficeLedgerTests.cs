namespace SuggestionDesk.Spreadsheets.Tests;

/// <summary>
/// The sample year as an office keeps it (<see cref="OfficeLedgers"/>), as a workbook and as the GBK CSV Excel saves:
/// it imports completely, imports again with nothing changed, and exports and comes back the same.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class OfficeLedgerTests(AzuriteFixture azurite) : IDisposable
{
    private static readonly ChangeContext Office = TestClock.As("督办办公室");
    private readonly TempDirectory temp = new();

    public static TheoryData<string> Files => ["office.xlsx", "office-gbk.csv"];

    [Theory]
    [MemberData(nameof(Files))]
    public async Task AnOfficesLedgerImportsCompletelyWithOneWarningPerTitleNoteAndFoldedCell(string name)
    {
        var store = azurite.NewStore();

        var result = await new LedgerImportService(store, Office).ImportAsync(LedgerFiles.Read(Write(name)), skipInvalid: false);

        Assert.True(result.Errors.Count == 0, string.Join(Environment.NewLine, result.Errors));
        Assert.Equal((24, 24, 0), (result.Rows, result.Created, result.Invalid));
        Assert.Equal(
        [
            "Row 1: looks like a title ('2021年市人大代表建议办理工作台账'); the headers are on row 3. It was not imported.",
            "Row 2: looks like a title ('填报单位：市政务服务数据管理局'); the headers are on row 3. It was not imported.",
            "Row 4, 建议标题: a line break (Alt+Enter) in this one-line cell was joined; it was read as '关于创新智慧城市和数字政府建设管理体制机制的建议'.",
            "Row 9, 承办处室: a line break (Alt+Enter) in this one-line cell was joined; it was read as '基础设施处'.",
            "Row 30: looks like a note ('填表人：张三'), not an item; it was not imported.",
            "Row 31: looks like a note ('备注：会办件的办理结果由主办单位填写。'), not an item; it was not imported.",
        ], result.Warnings.Select(w => w.ToString()));
        var items = await store.QueryAsync(ItemQuery.All).ToListAsync();
        var joint = items.Where(i => i.Role == HandlingRole.Joint).ToArray();
        Assert.Equal(19, joint.Length);
        Assert.All(joint, i => Assert.Null(Assert.Single(i.Replies).ResultClass));
        Assert.Equal("关于创新智慧城市和数字政府建设管理体制机制的建议", items.Single(i => i.Number.Value == "20210347").Title);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task ItHoldsExactlyTheItemsOfTheTidySampleAndImportsAgainWithNothingChanged(string name)
    {
        var tidy = azurite.NewStore();
        await new LedgerImportService(tidy, Office).ImportAsync(LedgerFiles.Read(SampleLedgers.Utf8), skipInvalid: false);
        var office = azurite.NewStore();
        var service = new LedgerImportService(office, Office);
        var path = Write(name);
        await service.ImportAsync(LedgerFiles.Read(path), skipInvalid: false);

        var again = await service.ImportAsync(LedgerFiles.Read(path), skipInvalid: false);

        Assert.Equal((24, 0, 0, 0), (again.Unchanged, again.Created, again.Updated, again.Invalid));
        Assert.Equal(Cells(await new LedgerExportService(tidy).ExportAsync()), Cells(await new LedgerExportService(office).ExportAsync()));
    }

    [Theory]
    [InlineData("export.xlsx")]
    [InlineData("export.csv")]
    public async Task ItsExportComesBackTheSame(string exportName)
    {
        var store = azurite.NewStore();
        var service = new LedgerImportService(store, Office);
        await service.ImportAsync(LedgerFiles.Read(Write("office.xlsx")), skipInvalid: false);
        var exported = await new LedgerExportService(store).ExportAsync(headers: Language.Chinese);
        var path = temp.File(exportName);
        LedgerFiles.Write(path, exported);

        var back = LedgerFiles.Read(path);
        var result = await service.ImportAsync(back, skipInvalid: false);

        Assert.Equal((24, 0, 0, 0), (result.Unchanged, result.Created, result.Updated, result.Invalid));
        Assert.Empty(result.Warnings);
        var jointClasses = back.Rows.Where(r => r.Cells[5] == "会办").Select(r => r.Cells[13]).Distinct().ToArray();
        Assert.Equal([string.Empty], jointClasses);
        Assert.Equal(Cells(exported), Cells(back));
    }

    [Fact]
    public async Task AReplyToTheDeputyWithoutItsClassIsRefusedOnAnEmptyStoreAndOnOneHoldingTheReply()
    {
        var path = temp.File("classless.csv");
        var sample = LedgerFiles.Read(SampleLedgers.Utf8);
        var classless = new LedgerTable(sample.Headers, sample.Rows.Select(r => r.Cells[0] == "20210347" ? r with { Cells = [.. r.Cells.Select((c, i) => i == 13 ? "" : c)] } : r).ToArray());
        LedgerFiles.Write(path, classless);
        var empty = azurite.NewStore();
        var holding = azurite.NewStore();
        await new LedgerImportService(holding, Office).ImportAsync(sample, skipInvalid: false);

        var onEmpty = await new LedgerImportService(empty, Office).ImportAsync(LedgerFiles.Read(path), skipInvalid: false);
        var onHolding = await new LedgerImportService(holding, Office).ImportAsync(LedgerFiles.Read(path), skipInvalid: false);

        var expected = "Row 2 (20210347), 办理结果: '': the result class of the reply on 2021-05-20 (e.g. A): a Lead (主办) item's reply to the deputy is recorded with its result class (A–D); only a Joint (会办) opinion may go without one. Fill in 办理结果.";
        Assert.Equal([expected], onEmpty.Errors.Select(e => e.ToString()));
        Assert.Equal([expected], onHolding.Errors.Select(e => e.ToString()));
        Assert.True(onEmpty.Refused && onHolding.Refused);
    }

    public void Dispose() => temp.Dispose();

    private string Write(string name)
    {
        var path = temp.File(name);
        if (name.EndsWith(".xlsx", StringComparison.Ordinal))
        {
            OfficeLedgers.WriteXlsx(path);
        }
        else
        {
            OfficeLedgers.WriteGbkCsv(path);
        }

        return path;
    }

    private static string[][] Cells(LedgerTable table) => [.. table.Rows.Select(r => r.Cells.ToArray())];
}
