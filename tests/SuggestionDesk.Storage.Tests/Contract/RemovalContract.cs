namespace SuggestionDesk.Storage.Tests.Contract;

/// <summary>What every store does on a removal: history kept, number freed, a stale removal refused.</summary>
public abstract class RemovalContract
{
    /// <summary>A new, empty store.</summary>
    protected abstract ISuggestionStore NewStore();

    [Fact]
    public async Task RemovingKeepsTheHistoryAndFreesTheNumber()
    {
        var store = NewStore();
        var item = New("2021/0347");
        await store.AddAsync(item);

        await store.RemoveAsync(item, TestClock.As("办公室"));
        var history = await store.GetHistoryAsync(item).ToListAsync();
        await store.AddAsync(New("2021/0347"));

        Assert.Equal(["Create", "Remove"], history.Select(h => h.Action));
        Assert.Equal("办公室", history[1].Actor);
        Assert.NotNull(await store.FindAsync(item.Number));
    }

    [Fact]
    public async Task RemovingAStaleReadIsAConflictUnlessForced()
    {
        var store = NewStore();
        var (mine, theirs) = await store.AddAndReadTwiceAsync();
        theirs.SignFor(new DateOnly(2021, 3, 16), TestClock.As());
        await store.SaveAsync(theirs);

        await Assert.ThrowsAsync<ItemConflictException>(() => store.RemoveAsync(mine, TestClock.As()));
        Assert.NotNull(await store.FindAsync(mine.Number));

        await store.RemoveAsync(mine, TestClock.As(), force: true);
        Assert.Null(await store.FindAsync(mine.Number));
        Assert.Empty(await store.QueryAsync(ItemQuery.All).ToListAsync());
    }
}
