namespace SuggestionDesk.Storage.Tests;

/// <summary>Listing on Table Storage alone: paging through continuation tokens, table prefixes.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class QueryTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task TwoThousandFiveHundredItemsInOneSessionAreAllListed()
    {
        var store = azurite.NewStore();
        var numbers = Enumerable.Range(1, 2_500).Select(i => $"2026/{i:D4}").ToArray();
        await Parallel.ForEachAsync(numbers, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (number, ct) =>
            await store.AddAsync(New(number), ct));
        await store.AddAsync(New("other-session", session: "市六届人大八次会议"));

        var listed = await store.QueryAsync(new ItemQuery { Session = Session }).Select(i => i.Number.Value).ToListAsync();

        Assert.Equal(numbers.Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task TablePrefixesKeepOfficesApart()
    {
        var office1 = azurite.NewStore();
        var office2 = azurite.NewStore();

        await office1.AddAsync(New("2021-1"));
        await office2.AddAsync(New("2021-1"));

        Assert.Single(await office1.QueryAsync(ItemQuery.All).ToListAsync());
        Assert.Single(await office2.GetSessionsAsync().ToListAsync());
    }

    [Fact]
    public void ABadTablePrefixIsRefusedNamingIt()
    {
        var error = Assert.Throws<ArgumentException>(() => new TableNames("my-office"));

        Assert.Contains("'my-office'", error.Message, StringComparison.Ordinal);
    }
}
