using SuggestionDesk.Calendar;
using SuggestionDesk.Ports;
using SuggestionDesk.Reporting;
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

        var found = await Numbers(service, new ItemFilter { Numbers = [SuggestionNumber.Parse("2021/1"), SuggestionNumber.Parse("nope")], AsOf = Today });
        var error = await Assert.ThrowsAsync<SuggestionNotFoundException>(() => service.GetAsync(SuggestionNumber.Parse("nope")));

        Assert.Equal(["2021/1"], found);
        Assert.Contains("'nope' was not found", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AsOfAPastDayAnItemClosedSinceIsListedAsItStoodThen()
    {
        var (service, _) = Service();
        var joint = await service.AddAsync(Spec("joint", role: HandlingRole.Joint) with { AssignedOn = new DateOnly(2026, 6, 1) }, by);
        await service.ChangeAsync(joint.Number, null, false, i => i.SignFor(new DateOnly(2026, 6, 2), by));
        await service.ChangeAsync(joint.Number, null, false, i => i.Reply(new DateOnly(2026, 8, 10), null, "会办意见", by));
        var then = new DateOnly(2026, 7, 15); // the opinion was due on 2026-07-01 and went out on 08-10

        var overdueThen = await service.QueryAsync(new ItemFilter { Overdue = true, AsOf = then }).ToListAsync();
        var overdueNow = await Numbers(service, new ItemFilter { Overdue = true, AsOf = Today });
        var signedForThen = await Numbers(service, new ItemFilter { Statuses = [ItemStatus.SignedFor], AsOf = then });
        var byNumberThen = await service.QueryAsync(new ItemFilter { Numbers = [joint.Number], Statuses = [ItemStatus.Closed], AsOf = then }).ToListAsync();

        Assert.Equal((ItemStatus.SignedFor, 0), (Assert.Single(overdueThen).Status, overdueThen[0].Replies.Count));
        Assert.Equal(then, ItemAsOf.DayOfCopy(overdueThen[0].Version)); // a copy as of then, not the stored item
        Assert.Empty(overdueNow);
        Assert.Equal(["joint"], signedForThen);
        Assert.Empty(byNumberThen);
    }

    [Fact]
    public async Task AsOfADayBeforeTheAssignmentTheItemIsNotListed()
    {
        var (service, _) = Service();
        var item = await service.AddAsync(Spec() with { AssignedOn = new DateOnly(2026, 6, 1) }, by);

        Assert.Empty(await Numbers(service, new ItemFilter { AsOf = new DateOnly(2026, 5, 31) }));
        Assert.Null(await service.GetAsOfAsync(item.Number, new DateOnly(2026, 5, 31)));
        var onTheDay = await service.GetAsOfAsync(item.Number, new DateOnly(2026, 6, 1));
        Assert.NotNull(item.Version);
        Assert.Equal(item.Version, onTheDay!.Version); // nothing happened since: the stored item itself, changeable with its version
    }

    private static readonly DateOnly Today = new(2026, 11, 27);

    private static (SuggestionService Service, InMemorySuggestionStore Store) Service()
    {
        var store = new InMemorySuggestionStore();
        return (new SuggestionService(store, new ItemDeadlines(DeadlinePolicy.Default, WorkingDayCalendar.BuiltIn), TestClock.At(Today)), store);
    }

    private static async Task<string[]> Numbers(SuggestionService service, ItemFilter filter) =>
        (await service.QueryAsync(filter).Select(i => i.Number.Value).ToListAsync()).Order(StringComparer.Ordinal).ToArray();
}
