namespace SuggestionDesk.Storage.Tests.Contract;

/// <summary>What every store lists: the filters of ItemQuery, open items apart, sessions by name.</summary>
public abstract class QueryContract
{
    private static readonly ResultClass A = ResultClassScheme.Default.Parse("A");

    /// <summary>A new, empty store.</summary>
    protected abstract ISuggestionStore NewStore();

    [Fact]
    public async Task OpenOnlyListsOpenItemsAndAClosedItemLeavesTheList()
    {
        var store = NewStore();
        await store.AddAsync(New("open-1"));
        await store.AddAsync(New("open-2", session: "市六届人大八次会议"));
        var joint = New("joint-1", role: HandlingRole.Joint);
        await store.AddAsync(joint);

        joint.SignFor(new DateOnly(2021, 3, 16), TestClock.As());
        joint.Reply(new DateOnly(2021, 4, 10), A, "会办意见", TestClock.As());
        await store.SaveAsync(joint);
        var open = await store.QueryAsync(new ItemQuery { OpenOnly = true }).Select(i => i.Number.Value).ToListAsync();
        var all = await store.QueryAsync(ItemQuery.All).Select(i => i.Number.Value).ToListAsync();

        Assert.Equal(["open-1", "open-2"], open.Order());
        Assert.Equal(["joint-1", "open-1", "open-2"], all.Order());
        Assert.Equal(ItemStatus.Closed, (await store.GetAsync(joint.Number.Value)).Status);
    }

    [Fact]
    public async Task AClosedItemReadBackCanStillBeChanged()
    {
        var store = NewStore();
        var item = New(role: HandlingRole.Lead);
        await store.AddAsync(item);
        item.SignFor(new DateOnly(2021, 3, 16), TestClock.As());
        item.Reply(new DateOnly(2021, 4, 10), A, "答复", TestClock.As());
        item.Evaluate(new DateOnly(2021, 4, 20), EvaluationResult.Satisfied, null, TestClock.As());
        await store.SaveAsync(item);

        var closed = await store.GetAsync(item.Number.Value);
        closed.DecideDisclosure(DisclosureDecision.Publish, new DateOnly(2021, 4, 21), null, TestClock.As());
        await store.SaveAsync(closed);

        Assert.Equal(["20210347"], await store.QueryAsync(new ItemQuery { OpenOnly = true }).Select(i => i.Number.Value).ToListAsync());
        Assert.False(closed.HasStateChanges);
    }

    [Fact]
    public async Task FiltersMatchQuotedValuesExactlyAndOwnerEmailWithoutRegardToCase()
    {
        var store = NewStore();
        var by = TestClock.As();
        var a = New("a");
        a.Assign("x' or PartitionKey ne '", null, "Owner@Example.gov.cn", by);
        var b = New("b");
        b.SignFor(new DateOnly(2021, 3, 16), by);
        await store.AddAsync(a);
        await store.AddAsync(b);

        var byDepartment = await store.QueryAsync(new ItemQuery { Department = "x' or PartitionKey ne '" }).ToListAsync();
        var byEmail = await store.QueryAsync(new ItemQuery { OwnerEmail = "owner@EXAMPLE.gov.cn" }).ToListAsync();
        var byStatus = await store.QueryAsync(new ItemQuery { Statuses = [ItemStatus.SignedFor, ItemStatus.Replied] }).ToListAsync();
        var nothing = await store.QueryAsync(new ItemQuery { Department = "' or '1' eq '1" }).ToListAsync();

        Assert.Equal("a", Assert.Single(byDepartment).Number.Value);
        Assert.Equal("a", Assert.Single(byEmail).Number.Value);
        Assert.Equal("b", Assert.Single(byStatus).Number.Value);
        Assert.Empty(nothing);
    }

    [Fact]
    public async Task SessionsAreListedByName()
    {
        var store = NewStore();
        await store.AddAsync(New("1", session: "市七届人大一次会议"));
        await store.AddAsync(New("2", session: "2020年市六届人大八次会议闭会期间/#?"));

        var sessions = await store.GetSessionsAsync().ToListAsync();

        Assert.Equal(["2020年市六届人大八次会议闭会期间/#?", "市七届人大一次会议"], sessions.Order(StringComparer.Ordinal));
    }
}
