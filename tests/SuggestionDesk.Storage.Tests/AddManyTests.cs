namespace SuggestionDesk.Storage.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class AddManyTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task ItemsOfSeveralSessionsAreAddedWithTheirHistoryAndVersions()
    {
        var store = azurite.NewStore();
        var items = Enumerable.Range(1, 120).Select(i => New($"2021{i:D4}", session: i % 2 == 0 ? Testing.Items.Session : "市七届人大二次会议")).ToList();

        var failures = await store.AddManyAsync(items);

        Assert.All(failures, Assert.Null);
        Assert.All(items, i => Assert.NotNull(i.Version));
        Assert.Equal(120, await store.QueryAsync(new ItemQuery()).CountAsync());
        var found = await store.GetAsync("20210077");
        SnapshotAssert.Equal(items[76].ToSnapshot(), found.ToSnapshot());
        Assert.Equal(items[76].Version, found.Version);
        Assert.Equal("Create", Assert.Single(await store.GetHistoryAsync(found).ToListAsync()).Action);
        Assert.Equal(["市七届人大一次会议", "市七届人大二次会议"], (await store.GetSessionsAsync().ToListAsync()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ANumberTakenMeanwhileRefusesThatItemAloneAndKeepsTheExistingOne()
    {
        var store = azurite.NewStore();
        await store.AddAsync(New("20210002", session: "市七届人大二次会议"));
        await store.AddAsync(New("20210003"));
        var items = Enumerable.Range(1, 5).Select(i => New($"2021{i:D4}")).ToList();

        var failures = await store.AddManyAsync(items);

        Assert.Equal([false, true, true, false, false], failures.Select(f => f is not null));
        Assert.Equal("20210002", failures[1]!.Number.Value);
        Assert.Equal("市七届人大二次会议", (await store.GetAsync("20210002")).Session);
        Assert.Equal(4, await store.QueryAsync(new ItemQuery { Session = Testing.Items.Session }).CountAsync());
        Assert.Null(items[2].Version);
    }
}
