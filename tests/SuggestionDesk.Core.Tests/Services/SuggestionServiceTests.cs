using SuggestionDesk.Calendar;
using SuggestionDesk.Ports;
using SuggestionDesk.Services;

namespace SuggestionDesk.Core.Tests.Services;

/// <summary>The service over a store; the store's own contract is tested on both stores in SuggestionDesk.Storage.Tests.</summary>
public sealed class SuggestionServiceTests
{
    private readonly ChangeContext by = TestClock.As();

    [Fact]
    public async Task AChangeFromAStaleCopyIsRefusedUnlessForced()
    {
        var (service, _) = Service();
        var copy = await service.AddAsync(Spec(), by);
        await service.ChangeAsync(copy.Number, copy.Version, force: false, i => i.Assign(null, "王五", null, by));

        var error = await Assert.ThrowsAsync<ItemConflictException>(() =>
            service.ChangeAsync(copy.Number, copy.Version, force: false, i => i.Assign(null, "赵六", null, by)));
        var forced = await service.ChangeAsync(copy.Number, copy.Version, force: true, i => i.Assign(null, "赵六", null, by));

        Assert.Contains("'20210347' was changed by someone else since your copy was read", error.Message, StringComparison.Ordinal);
        Assert.Equal("赵六", forced.Owner);
    }

    [Fact]
    public async Task AReturnAfterTheWindowIsRefusedAndNothingIsWritten()
    {
        var (service, store) = Service();
        var item = await service.AddAsync(Spec() with { AssignedOn = new DateOnly(2026, 9, 28) }, by);

        await Assert.ThrowsAsync<ItemRuleException>(() => service.RequestReturnAsync(item.Number, new DateOnly(2026, 10, 12), "不属于本单位", by));

        Assert.Equal(["Create"], (await store.GetHistoryAsync(item).ToListAsync()).Select(h => h.Action));
    }

    [Fact]
    public async Task AnExtensionPastTheLimitIsRefused()
    {
        var (service, _) = Service();
        var item = await service.AddAsync(Spec() with { AssignedOn = new DateOnly(2026, 3, 2) }, by);

        var error = await Assert.ThrowsAsync<ItemRuleException>(() =>
            service.RequestExtensionAsync(item.Number, new DateOnly(2026, 12, 1), "原因", new DateOnly(2026, 5, 1), by));

        Assert.Contains("2026-09-02", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DueAndOverdueFiltersJudgeRunningClocksOnTheGivenDay()
    {
        var (service, _) = Service();
        await service.AddAsync(Spec("due-soon") with { AssignedOn = new DateOnly(2026, 7, 1) }, by);
        await service.AddAsync(Spec("overdue") with { AssignedOn = new DateOnly(2026, 6, 1) }, by);
        var signed = await service.AddAsync(Spec("later") with { AssignedOn = new DateOnly(2026, 9, 25) }, by);
        await service.ChangeAsync(signed.Number, null, false, i => i.SignFor(new DateOnly(2026, 9, 27), by));
        var asOf = new DateOnly(2026, 10, 1);

        var dueSoon = await Numbers(service, new ItemFilter { DueWithinDays = 7, AsOf = asOf });
        var overdue = await Numbers(service, new ItemFilter { Overdue = true, AsOf = asOf });
        var either = await Numbers(service, new ItemFilter { DueWithinDays = 7, Overdue = true, AsOf = asOf });

        Assert.Equal(["due-soon"], dueSoon);
        Assert.Equal(["due-soon", "overdue"], overdue);  // due-soon's sign-for (2026-07-06) is long overdue too
        Assert.Equal(["due-soon", "overdue"], either);
    }

    [Fact]
    public async Task AskingForUnknownNumbersReturnsOnlyTheKnownOnes()
    {
        var (service, _) = Service();
        await service.AddAsync(Spec("2021/1"), by);

        var found = await Numbers(service, new ItemFilter { Numbers = [SuggestionNumber.Parse("2021/1"), SuggestionNumber.Parse("nope")] });
        var error = await Assert.ThrowsAsync<SuggestionNotFoundException>(() => service.GetAsync(SuggestionNumber.Parse("nope")));

        Assert.Equal(["2021/1"], found);
        Assert.Contains("'nope' was not found", error.Message, StringComparison.Ordinal);
    }

    private static (SuggestionService Service, InMemorySuggestionStore Store) Service()
    {
        var store = new InMemorySuggestionStore();
        return (new SuggestionService(store, new ItemDeadlines(DeadlinePolicy.Default, WorkingDayCalendar.BuiltIn)), store);
    }

    private static async Task<string[]> Numbers(SuggestionService service, ItemFilter filter) =>
        (await service.QueryAsync(filter).Select(i => i.Number.Value).ToListAsync()).Order(StringComparer.Ordinal).ToArray();
}
