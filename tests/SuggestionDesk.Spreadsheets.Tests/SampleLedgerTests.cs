using SuggestionDesk.Calendar;

namespace SuggestionDesk.Spreadsheets.Tests;

/// <summary>module/examples/ledger-2021.csv is the sample year (docs/domain.md): 24 items, 3 Lead + 1 Sole + 1 Split + 19 Joint.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class SampleLedgerTests(AzuriteFixture azurite)
{
    private static readonly ChangeContext Office = TestClock.As("督办办公室");

    [Fact]
    public async Task TheSampleLedgerImportsTheSeedReportsTwentyFourItems()
    {
        var store = azurite.NewStore();

        var result = await new LedgerImportService(store, Office).ImportAsync(LedgerFiles.Read(SampleLedgers.Utf8), skipInvalid: false);
        var items = await store.QueryAsync(ItemQuery.All).ToListAsync();

        Assert.Equal((24, 24, 0, 0), (result.Rows, result.Created, result.Invalid, result.Warnings.Count));
        Assert.Equal(
            [(HandlingRole.Lead, 3), (HandlingRole.Sole, 1), (HandlingRole.Split, 1), (HandlingRole.Joint, 19)],
            items.GroupBy(i => i.Role).OrderBy(g => g.Key).Select(g => (g.Key, g.Count())));
        var joint = items.Where(i => i.Role == HandlingRole.Joint).ToArray();
        Assert.Equal(18, joint.Count(i => i.Session == "市七届人大一次会议"));
        Assert.Equal(1, joint.Count(i => i.Session == "市六届人大八次会议闭会期间"));
        Assert.Equal("关于创新智慧城市和数字政府建设管理体制机制的建议", items.Single(i => i.Number.Value == "20210347").Title);
        Assert.Equal("关于升级改造老旧社区，提升民生幸福感、安全感的建议", items.Single(i => i.Number.Value == "20210254").Title);
        Assert.All(items.Where(i => i.Role != HandlingRole.Joint), i => Assert.Equal("", i.LeadUnit ?? ""));
        Assert.All(joint, i => Assert.False(string.IsNullOrEmpty(i.LeadUnit)));
        Assert.All(items, i => Assert.EndsWith("@example.gov.cn", i.OwnerEmail, StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheSampleMeasuresAnswerEveryLeadSoleAndSplitItemPointByPoint()
    {
        var store = azurite.NewStore();
        await new LedgerImportService(store, Office).ImportAsync(LedgerFiles.Read(SampleLedgers.Utf8), skipInvalid: false);

        var result = await new LedgerImportService(store, Office).ImportPointsAsync(LedgerFiles.ReadPoints(SampleLedgers.Measures), skipInvalid: false);
        var again = await new LedgerImportService(store, Office).ImportPointsAsync(LedgerFiles.ReadPoints(SampleLedgers.Measures), skipInvalid: false);
        var items = await store.QueryAsync(ItemQuery.All).ToListAsync();

        Assert.Equal((9, 5, 0, 0, 0), (result.PointRows, result.Updated, result.Invalid, result.Errors.Count, result.Warnings.Count));
        Assert.Equal((0, 5), (again.Updated, again.Unchanged));
        Assert.All(items.Where(i => i.Role != HandlingRole.Joint), i =>
        {
            Assert.NotEmpty(i.SubPoints);
            Assert.All(i.SubPoints, p => Assert.False(string.IsNullOrEmpty(p.Measures)));
        });
        Assert.Empty(items.Where(i => i.Role == HandlingRole.Joint).SelectMany(i => i.SubPoints));
        Assert.Equal(3, items.Single(i => i.Number.Value == "20210347").SubPoints[1].Measures!.Split('\n').Length);
    }

    [Fact]
    public async Task EveryItemWasSignedForAndRepliedOnTimeAndTheEvaluationsMatchTheReport()
    {
        var store = azurite.NewStore();
        await new LedgerImportService(store, Office).ImportAsync(LedgerFiles.Read(SampleLedgers.Utf8), skipInvalid: false);
        var items = await store.QueryAsync(ItemQuery.All).ToListAsync();
        var deadlines = new ItemDeadlines(DeadlinePolicy.Default, WorkingDayCalendar.BuiltIn);

        foreach (var item in items)
        {
            var clocks = deadlines.For(item).Where(d => d.Clock is DeadlineClock.SignFor or DeadlineClock.Reply or DeadlineClock.JointOpinion).ToArray();
            Assert.Equal(2, clocks.Length);
            Assert.All(clocks, d => Assert.True(d.MetOn <= d.Due, $"{item.Number}: {d.Clock} met on {d.MetOn}, due {d.Due}."));
        }

        var evaluated = items.Where(i => i.Role.IsEvaluated()).ToArray();
        Assert.Equal(5, evaluated.Length);
        Assert.Equal(3, evaluated.Count(i => i.LastEvaluation is not null));
        Assert.All(items.Where(i => i.LastEvaluation is not null), i => Assert.Equal(EvaluationResult.Satisfied, i.LastEvaluation!.Result));
        var published = items.Where(i => i.Disclosure?.PublishedOn is not null).ToArray();
        Assert.InRange(published.Length, 1, 5);
        Assert.All(published, i => Assert.True(deadlines.For(i).Single(d => d.Clock == DeadlineClock.Disclosure).MetOn <= deadlines.For(i).Single(d => d.Clock == DeadlineClock.Disclosure).Due));
    }

    [Fact]
    public async Task TheGbkTwinHoldsExactlyTheSameItems()
    {
        var store = azurite.NewStore();
        var service = new LedgerImportService(store, Office);
        var first = await service.ImportAsync(LedgerFiles.Read(SampleLedgers.Utf8), skipInvalid: false);
        Assert.True(first.Errors.Count == 0, string.Join("\n", first.Errors));

        var result = await service.ImportAsync(LedgerFiles.Read(SampleLedgers.Gbk), skipInvalid: false);

        Assert.Equal((24, 0, 0, 0), (result.Unchanged, result.Created, result.Updated, result.Invalid));
        Assert.Empty(result.Warnings);
    }
}
