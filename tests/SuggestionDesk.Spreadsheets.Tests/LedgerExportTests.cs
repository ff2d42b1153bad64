namespace SuggestionDesk.Spreadsheets.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class LedgerExportTests(AzuriteFixture azurite) : IDisposable
{
    private static readonly ChangeContext Office = TestClock.As("督办办公室");
    private readonly TempDirectory temp = new();

    [Theory]
    [InlineData("ledger.csv", Language.English)]
    [InlineData("ledger.csv", Language.Chinese)]
    [InlineData("ledger.xlsx", Language.English)]
    [InlineData("ledger.xlsx", Language.Chinese)]
    public async Task ExportThenImportFindsEveryItemUnchanged(string name, Language headers)
    {
        var store = azurite.NewStore();
        await new LedgerImportService(store, Office).ImportAsync(LedgerFiles.Read(SampleLedgers.Utf8), skipInvalid: false);
        foreach (var item in ItemsWithFullerLives())
        {
            await store.AddAsync(item);
        }

        var path = temp.File(name);
        LedgerFiles.Write(path, await new LedgerExportService(store).ExportAsync(headers: headers));
        var result = await new LedgerImportService(store, Office).ImportAsync(LedgerFiles.Read(path), skipInvalid: false);

        Assert.Empty(result.Errors);
        Assert.Empty(result.Warnings);
        Assert.Equal((31, 31, 0, 0), (result.Rows, result.Unchanged, result.Created, result.Updated));
    }

    [Fact]
    public async Task AnExportImportedIntoAnEmptyStoreExportsTheSameLedger()
    {
        var first = azurite.NewStore();
        await new LedgerImportService(first, Office).ImportAsync(LedgerFiles.Read(SampleLedgers.Gbk), skipInvalid: false);
        var exported = await new LedgerExportService(first).ExportAsync(headers: Language.Chinese);
        var path = temp.File("copy.xlsx");
        LedgerFiles.Write(path, exported);

        var second = azurite.NewStore();
        await new LedgerImportService(second, Office).ImportAsync(LedgerFiles.Read(path), skipInvalid: false);
        var again = await new LedgerExportService(second).ExportAsync(headers: Language.Chinese);

        Assert.Equal(exported.Headers, again.Headers);
        Assert.Equal(exported.Rows.Select(r => string.Join("|", r.Cells)), again.Rows.Select(r => string.Join("|", r.Cells)));
    }

    [Theory]
    [InlineData(Language.English, "Number", "Lead", "Satisfied")]
    [InlineData(Language.Chinese, "编号", "主办", "满意")]
    public async Task AnExportHasTheCanonicalColumnsInTheLanguageAskedFor(Language headers, string first, string lead, string satisfied)
    {
        var store = azurite.NewStore();
        await new LedgerImportService(store, Office).ImportAsync(LedgerFiles.Read(SampleLedgers.Utf8), skipInvalid: false);

        var table = await new LedgerExportService(store).ExportAsync(headers: headers);

        Assert.Equal(LedgerColumns.All.Select(c => c.Header(headers)), table.Headers);
        Assert.Equal(first, table.Headers[0]);
        Assert.Equal(24, table.Rows.Count);
        Assert.Equal(Enumerable.Range(2, 24), table.Rows.Select(r => r.Number));
        var row = table.Row("20210347");
        Assert.Equal(lead, row.Cell(5));
        Assert.Equal(satisfied, row.Cell(Index(LedgerColumns.Evaluation)));
        Assert.Equal("陈代表、刘代表、黄代表", row.Cell(4));
        Assert.Equal("2021-06-10", row.Cell(Index(LedgerColumns.EvaluatedOn)));
    }

    [Theory]
    [InlineData("promised.csv", Language.Chinese, "跟踪反馈期限")]
    [InlineData("promised.csv", Language.English, "FollowUpDue")]
    [InlineData("promised.xlsx", Language.Chinese, "跟踪反馈期限")]
    [InlineData("promised.xlsx", Language.English, "FollowUpDue")]
    public async Task APromisedFollowUpDateIsExportedAndImportedBack(string name, Language headers, string header)
    {
        var first = azurite.NewStore();
        foreach (var item in ItemsWithFullerLives())
        {
            await first.AddAsync(item);
        }

        var path = temp.File(name);
        LedgerFiles.Write(path, await new LedgerExportService(first).ExportAsync(headers: headers));
        var read = LedgerFiles.Read(path);
        var second = azurite.NewStore();
        var result = await new LedgerImportService(second, Office).ImportAsync(read, skipInvalid: false);

        var column = read.Headers.ToList().IndexOf(header);
        Assert.True(column >= 0, $"no {header} column in {string.Join(", ", read.Headers)}");
        Assert.Equal("2021-10-31", read.Rows.Single(r => r.Cell(0) == "FB-1").Cell(column));
        Assert.Equal("", read.Rows.Single(r => r.Cell(0) == "F-1").Cell(column));
        Assert.Empty(result.Errors);
        var promised = (await second.FindAsync(SuggestionNumber.Parse("FB-1")))!;
        Assert.Equal(new DateOnly(2021, 10, 31), promised.LastReply!.FollowUpBy);
        Assert.True(promised.FollowUpPending);
        Assert.Null((await second.FindAsync(SuggestionNumber.Parse("F-1")))!.Replies[0].FollowUpBy);
    }

    private static int Index(LedgerColumn column) => LedgerColumns.All.ToList().IndexOf(column);

    /// <summary>Items whose lives go beyond what one ledger row creates: re-handling, follow-up, withheld and pending disclosure, a return.</summary>
    private static IEnumerable<SuggestionItem> ItemsWithFullerLives()
    {
        var a = ResultClassScheme.Default.Parse("A");
        var b = ResultClassScheme.Default.Parse("B");
        var rehandled = New("R-1", by: Office);
        rehandled.SignFor(new(2021, 3, 16), Office);
        rehandled.Reply(new(2021, 5, 10), a, "答复", Office);
        rehandled.Evaluate(new(2021, 5, 20), EvaluationResult.Unsatisfied, "不满意", Office);
        rehandled.Reply(new(2021, 6, 15), b, "重新答复", Office);
        rehandled.Evaluate(new(2021, 6, 30), EvaluationResult.BasicallySatisfied, null, Office);
        yield return rehandled;

        var followedUp = New("F-1", role: HandlingRole.Sole, by: Office);
        followedUp.SignFor(new(2021, 3, 16), Office);
        followedUp.Reply(new(2021, 5, 10), b, "正在解决", Office);
        followedUp.RecordFollowUp(new(2021, 9, 1), a, "已解决", Office);
        yield return followedUp;

        var promisedBy = New("FB-1", role: HandlingRole.Sole, by: Office);
        promisedBy.SignFor(new(2021, 3, 16), Office);
        promisedBy.Reply(new(2021, 5, 10), b, "列入年度计划", Office, followUpBy: new(2021, 10, 31));
        yield return promisedBy;

        var withheld = New("W-1", role: HandlingRole.Split, by: Office);
        withheld.SignFor(new(2021, 3, 16), Office);
        withheld.Reply(new(2021, 5, 10), a, null, Office);
        withheld.DecideDisclosure(DisclosureDecision.Withhold, new(2021, 5, 11), "涉及个人信息", Office);
        yield return withheld;

        var pending = New("P-1", by: Office);
        pending.SignFor(new(2021, 3, 16), Office);
        pending.Reply(new(2021, 5, 10), a, null, Office);
        pending.DecideDisclosure(DisclosureDecision.Publish, new(2021, 5, 11), null, Office);
        yield return pending;

        var returned = New("T-1", by: Office);
        returned.RequestReturn(new(2021, 3, 17), "不属于我局职责", Office);
        returned.DecideReturn(approve: true, new(2021, 3, 18), "徐副局长", Office);
        yield return returned;

        yield return SuggestionItem.Create(Spec("提案第12号") with
        {
            Kind = ItemKind.Proposal,
            Proposers = new Proposers("李委员"),
            Topics = [],
            OwnerEmail = null,
            Role = HandlingRole.Joint,
            LeadUnit = "市发展改革委",
        }, Office);
    }

    public void Dispose() => temp.Dispose();
}
