namespace SuggestionDesk.Spreadsheets.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class LedgerImportTests(AzuriteFixture azurite)
{
    private static readonly ChangeContext Office = TestClock.As("督办办公室");

    [Fact]
    public async Task AnyInvalidRowWritesNothingAndEveryBadRowIsReported()
    {
        var store = azurite.NewStore();
        var table = LedgerFiles.Read(SampleLedgers.Utf8)
            .Set("20210254", "交办日期", "2026-02-30")
            .Set("20210118", "办理类型", "督办")
            .Set("20210402", "责任人邮箱", "zhoujie@")
            .Set("20210012", "签收日期", "1899-12-31")
            .Set("20210031", "答复日期", "2021-03-10")
            .Set("20210045", "编号", "")
            .CopyRow("20210089");

        var result = await new LedgerImportService(store, Office).ImportAsync(table, skipInvalid: false);

        Assert.True(result.Refused);
        Assert.Equal((25, 0, 0, 0, 8), (result.Rows, result.Created, result.Updated, result.Unchanged, result.Invalid));
        Assert.Equal(
        [
            (3, "交办日期", "2026-02-30"), (5, "办理类型", "督办"), (6, "责任人邮箱", "zhoujie@"), (7, "签收日期", "1899-12-31"),
            (8, "答复日期", "2021-03-10"), (9, "编号", ""), (11, "编号", "20210089"),
        ], result.Errors.Select(e => (e.Row, e.Column, e.Value)));
        Assert.Contains("rows 11 and 26 (2 rows) share it", result.Errors[^1].Expected, StringComparison.Ordinal);
        Assert.All(result.Errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Expected)));
        Assert.Empty(await store.QueryAsync(ItemQuery.All).ToListAsync());
    }

    [Fact]
    public async Task SkipInvalidImportsTheValidRowsAndReportsTheRest()
    {
        var store = azurite.NewStore();
        var table = LedgerFiles.Read(SampleLedgers.Utf8).Set("20210118", "办理类型", "督办").Set("20210402", "评价", "很满意");

        var result = await new LedgerImportService(store, Office).ImportAsync(table, skipInvalid: true);

        Assert.False(result.Refused);
        Assert.Equal((22, 2), (result.Created, result.Invalid));
        Assert.Equal([5, 6], result.Errors.Select(e => e.Row));
        var stored = await store.QueryAsync(ItemQuery.All).ToListAsync();
        Assert.Equal(22, stored.Count);
        Assert.DoesNotContain(stored, i => i.Number.Value is "20210118" or "20210402");
    }

    [Fact]
    public async Task ImportingTheSameFileAgainChangesNothing()
    {
        var store = azurite.NewStore();
        var service = new LedgerImportService(store, Office);
        var table = LedgerFiles.Read(SampleLedgers.Utf8);
        await service.ImportAsync(table, skipInvalid: false);
        var item = await store.FindAsync(SuggestionNumber.Parse("20210347"));
        var history = await store.GetHistoryAsync(item!).ToListAsync();

        var again = await service.ImportAsync(table, skipInvalid: false);

        Assert.Equal((0, 0, 24, 0), (again.Created, again.Updated, again.Unchanged, again.Invalid));
        Assert.Empty(again.Errors);
        Assert.Empty(again.Warnings);
        Assert.Equal(24, (await store.QueryAsync(ItemQuery.All).ToListAsync()).Count);
        Assert.Equal(history.Count, (await store.GetHistoryAsync(item!).ToListAsync()).Count);
    }

    [Fact]
    public async Task AnEditedFileUpdatesTheItemsItChangesAndEachChangeIsInTheHistory()
    {
        var store = azurite.NewStore();
        var service = new LedgerImportService(store, Office);
        var original = LedgerFiles.Read(SampleLedgers.Utf8);
        await service.ImportAsync(original.Set("20210198", "答复日期", "").Set("20210198", "办理结果", ""), skipInvalid: false);
        var edited = original
            .Set("20210254", "责任人", "赵磊").Set("20210254", "责任人邮箱", "zhaolei@example.gov.cn")
            .Set("20210077", "标题", "关于提升智慧交通治理水平的建议（修改）");

        var result = await new LedgerImportService(store, TestClock.As("王芳")).ImportAsync(edited, skipInvalid: false);

        Assert.Equal((0, 3, 21, 0), (result.Created, result.Updated, result.Unchanged, result.Invalid));
        var replied = await LastChangeAsync(store, "20210198");
        Assert.Equal(("Reply", "王芳"), (replied.Action, replied.Actor));
        Assert.Contains(replied.Changes, c => c.Field == "Replies[1].Date" && c.To == "2021-06-10");
        var assigned = await LastChangeAsync(store, "20210254");
        Assert.Equal("Assign", assigned.Action);
        Assert.Contains(assigned.Changes, c => c is { Field: "Owner", From: "王芳", To: "赵磊" });
        var edit = await LastChangeAsync(store, "20210077");
        Assert.Equal("Edit", edit.Action);
        Assert.Equal(new FieldChange("Title", "关于提升智慧交通治理水平的建议（示例）", "关于提升智慧交通治理水平的建议（修改）"), Assert.Single(edit.Changes));
    }

    [Fact]
    public async Task ARowThatContradictsARecordedEventIsRefusedAndTheItemIsLeftAsRecorded()
    {
        var store = azurite.NewStore();
        var service = new LedgerImportService(store, Office);
        var table = LedgerFiles.Read(SampleLedgers.Utf8);
        await service.ImportAsync(table, skipInvalid: false);

        var result = await service.ImportAsync(table.Set("20210347", "签收日期", "2021-03-17").Set("20210077", "标题", "改了标题"), skipInvalid: false);

        Assert.True(result.Refused);
        var error = Assert.Single(result.Errors);
        Assert.Equal((2, "签收日期", "2021-03-17"), (error.Row, error.Column, error.Value));
        Assert.Contains("An import never rewrites a recorded event", error.Expected, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2021, 3, 16), (await store.FindAsync(SuggestionNumber.Parse("20210347")))!.SignedForOn);
        Assert.Equal("关于提升智慧交通治理水平的建议（示例）", (await store.FindAsync(SuggestionNumber.Parse("20210077")))!.Title);
    }

    [Fact]
    public async Task ProgressIsReportedThroughBothPasses()
    {
        var progress = new ProgressRecorder<LedgerImportProgress>();

        await new LedgerImportService(azurite.NewStore(), Office).ImportAsync(LedgerFiles.Read(SampleLedgers.Utf8), skipInvalid: false, progress);

        var reports = progress.Reports;
        Assert.Equal(LedgerImportPhase.Validating, reports[0].Phase);
        Assert.Equal(24, reports.Where(r => r.Phase == LedgerImportPhase.Validating).Max(r => r.Done));
        Assert.Equal(new LedgerImportProgress(LedgerImportPhase.Writing, 24, 24), reports.Where(r => r.Phase == LedgerImportPhase.Writing).MaxBy(r => r.Done));
        Assert.Equal(new LedgerImportProgress(LedgerImportPhase.Writing, 24, 24), reports[^1]);
        Assert.Equal(100, reports[^1].Percent);
    }

    [Fact]
    public async Task ValidationCountsWhatAnImportWouldDoAndWritesNothing()
    {
        var store = azurite.NewStore();

        var result = await new LedgerImportService(store, Office).ValidateAsync(LedgerFiles.Read(SampleLedgers.Gbk));

        Assert.Equal((24, 0, 0), (result.Created, result.Updated, result.Invalid));
        Assert.Empty(await store.QueryAsync(ItemQuery.All).ToListAsync());
    }

    [Fact]
    public async Task AColumnThatIsNotALedgerColumnIsReportedAsAWarning()
    {
        var table = LedgerFiles.Read(SampleLedgers.Utf8);
        var extended = new LedgerTable([.. table.Headers, "备注"], table.Rows.Select(r => r with { Cells = [.. r.Cells, "代表关注"] }).ToArray());

        var result = await new LedgerImportService(azurite.NewStore(), Office).ImportAsync(extended, skipInvalid: false);

        Assert.Equal(24, result.Created);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal((1, "备注"), (warning.Row, warning.Column));
    }

    private static async Task<HistoryEntry> LastChangeAsync(ISuggestionStore store, string number)
    {
        var item = await store.FindAsync(SuggestionNumber.Parse(number)) ?? throw new InvalidOperationException($"{number} is missing.");
        return (await store.GetHistoryAsync(item).ToListAsync())[^1];
    }
}
