namespace SuggestionDesk.Storage.Tests.Contract;

/// <summary>What every store does when people work on one item at once: stale writes are refused, contacts never conflict, a number is used once.</summary>
public abstract class ConcurrencyContract
{
    /// <summary>A new, empty store.</summary>
    protected abstract ISuggestionStore NewStore();

    [Fact]
    public async Task AStaleWriteFailsWithAConflictNamingTheItem()
    {
        var store = NewStore();
        var (mine, theirs) = await store.AddAndReadTwiceAsync("2021/0347");
        theirs.Assign(null, "王五", null, TestClock.As("王五"));
        await store.SaveAsync(theirs);

        mine.Assign(null, "赵六", null, TestClock.As("赵六"));
        var error = await Assert.ThrowsAsync<ItemConflictException>(() => store.SaveAsync(mine));

        Assert.Contains("'2021/0347'", error.Message, StringComparison.Ordinal);
        Assert.Contains("overwrite theirs on purpose", error.Message, StringComparison.Ordinal);
        var stored = await store.GetAsync(mine.Number.Value);
        Assert.Equal("王五", stored.Owner);
    }

    [Fact]
    public async Task AConflictWritesNeitherTheItemNorItsHistory()
    {
        var store = NewStore();
        var (mine, theirs) = await store.AddAndReadTwiceAsync();
        theirs.SignFor(new DateOnly(2021, 3, 16), TestClock.As("王五"));
        await store.SaveAsync(theirs);

        mine.Assign("数据资源处", null, null, TestClock.As());
        await Assert.ThrowsAsync<ItemConflictException>(() => store.SaveAsync(mine));
        var history = await store.GetHistoryAsync(mine).ToListAsync();

        Assert.Equal(["Create", "SignFor"], history.Select(h => h.Action));
        Assert.Equal("规划发展处", (await store.GetAsync(mine.Number.Value)).Department);
        Assert.True(mine.HasStateChanges, "a refused save must leave the caller's change pending, not lost");
    }

    [Fact]
    public async Task ForceOverwritesAStaleReadAndRecordsItsHistory()
    {
        var store = NewStore();
        var (mine, theirs) = await store.AddAndReadTwiceAsync();
        theirs.Assign(null, "王五", null, TestClock.As("王五"));
        await store.SaveAsync(theirs);

        mine.Assign(null, "赵六", null, TestClock.As("赵六"));
        await store.SaveAsync(mine, force: true);

        Assert.Equal("赵六", (await store.GetAsync(mine.Number.Value)).Owner);
        Assert.Equal(["Create", "Assign", "Assign"], (await store.GetHistoryAsync(mine).ToListAsync()).Select(h => h.Action));
    }

    [Fact]
    public async Task AWriteAfterSomeoneRemovedTheItemIsAConflict()
    {
        var store = NewStore();
        var (mine, theirs) = await store.AddAndReadTwiceAsync();
        await store.RemoveAsync(theirs, TestClock.As("王五"));

        mine.SignFor(new DateOnly(2021, 3, 16), TestClock.As());

        await Assert.ThrowsAsync<ItemConflictException>(() => store.SaveAsync(mine));
        await Assert.ThrowsAsync<ItemConflictException>(() => store.SaveAsync(mine, force: true));
        Assert.Null(await store.FindAsync(mine.Number));
    }

    [Fact]
    public async Task SixteenParallelContactAppendsAreAllKept()
    {
        var store = NewStore();
        await store.AddAsync(New());
        var number = SuggestionNumber.Parse("20210347");

        await Task.WhenAll(Enumerable.Range(1, 16).Select(async i =>
        {
            var item = (await store.FindAsync(number))!;
            item.RecordContact(new DateOnly(2021, 4, i), ContactMethod.Phone, $"第{i}次电话", TestClock.As($"办理人{i}"));
            await store.SaveAsync(item);
        }));
        var item = (await store.FindAsync(number))!;
        var contacts = await store.GetContactsAsync(item).ToListAsync();
        var history = await store.GetHistoryAsync(item).ToListAsync();

        Assert.Equal(Enumerable.Range(1, 16).Select(i => $"第{i}次电话"), contacts.Select(c => c.Note));
        Assert.Equal(16, history.Count(h => h.Action == "RecordContact"));
    }

    [Fact]
    public async Task AContactDoesNotMakeAConcurrentEditStale()
    {
        var store = NewStore();
        var (editor, caller) = await store.AddAndReadTwiceAsync();
        caller.RecordContact(new DateOnly(2021, 3, 20), ContactMethod.Phone, null, TestClock.As());
        await store.SaveAsync(caller);

        editor.SignFor(new DateOnly(2021, 3, 16), TestClock.As());
        await store.SaveAsync(editor);

        Assert.Equal(ItemStatus.SignedFor, (await store.GetAsync(editor.Number.Value)).Status);
    }

    [Fact]
    public async Task ANumberIsUsedOnceAcrossSessions()
    {
        var store = NewStore();
        await store.AddAsync(New("2021-12", session: "市七届人大一次会议"));

        var error = await Assert.ThrowsAsync<DuplicateItemException>(() => store.AddAsync(New("2021-12", session: "市六届人大八次会议闭会期间")));

        Assert.Contains("'2021-12' already exists (session 市七届人大一次会议)", error.Message, StringComparison.Ordinal);
        Assert.Single(await store.QueryAsync(ItemQuery.All).ToListAsync());
    }

    [Fact]
    public async Task ParallelAddsOfOneNumberLeaveExactlyOneItem()
    {
        var store = NewStore();

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(async i =>
        {
            try
            {
                await store.AddAsync(New("2021-99", session: i % 2 == 0 ? "会议甲" : "会议乙"));
                return true;
            }
            catch (DuplicateItemException)
            {
                return false;
            }
        }));

        Assert.Equal(1, results.Count(added => added));
        Assert.Single(await store.QueryAsync(ItemQuery.All).ToListAsync());
    }

    [Fact]
    public async Task TwoWritersClosingTheSameItemGetAConflictNotADuplicate()
    {
        var store = NewStore();
        var item = New();
        await store.AddAsync(item);
        item.SignFor(new DateOnly(2021, 3, 16), TestClock.As());
        item.Reply(new DateOnly(2021, 5, 10), ResultClassScheme.Default.Parse("A"), "答复", TestClock.As());
        await store.SaveAsync(item);
        var mine = await store.GetAsync("20210347");
        var theirs = await store.GetAsync("20210347");
        theirs.Evaluate(new DateOnly(2021, 6, 1), EvaluationResult.Satisfied, null, TestClock.As("王五"));
        await store.SaveAsync(theirs);

        mine.Evaluate(new DateOnly(2021, 6, 2), EvaluationResult.BasicallySatisfied, null, TestClock.As());
        var error = await Assert.ThrowsAsync<ItemConflictException>(() => store.SaveAsync(mine));

        Assert.Contains("changed or removed by someone else", error.Message, StringComparison.Ordinal);
        Assert.Equal(EvaluationResult.Satisfied, (await store.GetAsync("20210347")).LastEvaluation!.Result);
    }

    [Fact]
    public async Task AContactSavedWithAStaleEditIsKeptWhenTheEditIsRefused()
    {
        var store = NewStore();
        var (mine, theirs) = await store.AddAndReadTwiceAsync();
        theirs.SignFor(new DateOnly(2021, 3, 16), TestClock.As("王五"));
        await store.SaveAsync(theirs);

        mine.RecordContact(new DateOnly(2021, 3, 20), ContactMethod.Phone, "电话联系代表", TestClock.As());
        mine.Assign(null, "赵六", null, TestClock.As());
        await Assert.ThrowsAsync<ItemConflictException>(() => store.SaveAsync(mine));

        Assert.Equal("电话联系代表", Assert.Single(await store.GetContactsAsync(mine).ToListAsync()).Note);
        Assert.Empty(mine.PendingContacts);
        Assert.True(mine.HasStateChanges);
        Assert.Equal("李四", (await store.GetAsync("20210347")).Owner);
    }

    [Fact]
    public async Task RemovingAnItemNeverReleasesANumberTakenOverInAnotherSession()
    {
        var store = NewStore();
        var first = New("2021-7", session: "会议甲");
        await store.AddAsync(first);
        await store.RemoveAsync(first, TestClock.As());
        await store.AddAsync(New("2021-7", session: "会议乙"));

        // A second, late removal of the first copy (say, a retry) must not touch the new claim.
        await Assert.ThrowsAsync<ItemConflictException>(() => store.RemoveAsync(first, TestClock.As()));

        Assert.Equal("会议乙", (await store.GetAsync("2021-7")).Session);
        await Assert.ThrowsAsync<DuplicateItemException>(() => store.AddAsync(New("2021-7", session: "会议丙")));
    }
}
