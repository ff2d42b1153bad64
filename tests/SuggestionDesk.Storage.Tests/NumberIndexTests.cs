using Azure.Data.Tables;

namespace SuggestionDesk.Storage.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class NumberIndexTests(AzuriteFixture azurite)
{
    [Fact]
    public void NumbersSpreadOverSixteenBucketsTheSameWayEveryTime()
    {
        var counts = Enumerable.Range(1, 10_000).Select(i => NumberIndex.Bucket($"2026{i:D4}")).CountBy(b => b).ToDictionary();

        Assert.Equal(16, counts.Count);
        Assert.All(counts, c => Assert.InRange(c.Value, 400, 850));
        Assert.All(counts.Keys, b => Assert.True(NumberIndex.IsBucket(b), b));
        // Fixed for good: stored rows are found again only if the bucket of a number never changes.
        Assert.Equal(["~2", "~9", "~a"], new[] { "20210347", KeyEncoder.Encode("2021/0347"), KeyEncoder.Encode("第３４７号") }.Select(NumberIndex.Bucket));
    }

    [Fact]
    public async Task EachNumberIsOneRowInItsBucketNamingItsSession()
    {
        var store = azurite.NewStore();
        await store.AddManyAsync(Enumerable.Range(1, 50).Select(i => New($"2021{i:D4}")).ToList());
        await store.AddAsync(New("2021/0347", session: "市七届人大二次会议"));

        var rows = await Numbers(store).QueryAsync<TableEntity>(e => e.PartitionKey != NumberIndexLayout.MarkerPartition).ToListAsync();

        Assert.Equal(51, rows.Count);
        Assert.All(rows, r => Assert.Equal(NumberIndex.Bucket(r.RowKey), r.PartitionKey));
        var slash = Assert.Single(rows, r => r.GetString("Number") == "2021/0347");
        Assert.Equal((KeyEncoder.Encode("2021/0347"), "市七届人大二次会议"), (slash.RowKey, slash.GetString("Session")));
    }

    [Fact]
    public async Task FindManyGivesNullForANumberLeftClaimedByACrashedAdd()
    {
        var store = azurite.NewStore();
        await store.AddAsync(New("20210001"));
        await Numbers(store).AddEntityAsync(NumberIndex.ToEntity(new NumberClaim("20210002", "20210002", Testing.Items.Session)));

        var found = await store.FindManyAsync([SuggestionNumber.Parse("20210001"), SuggestionNumber.Parse("20210002")]);

        Assert.Equal(["20210001", null], found.Select(f => f?.Number.Value));
        Assert.Null(await store.FindAsync(SuggestionNumber.Parse("20210002")));
        var failures = await store.AddManyAsync([New("20210002")]);
        Assert.Null(Assert.Single(failures));
        Assert.NotNull(await store.FindAsync(SuggestionNumber.Parse("20210002")));
    }

    private TableClient Numbers(TableSuggestionStore store) => azurite.Service.GetTableClient(store.Names.Numbers);
}
