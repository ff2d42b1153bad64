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
    public async Task FindManyReadsWhatFindReadsForEveryKindOfNumberInOrder()
    {
        var store = azurite.NewStore();
        string[] odd = ["2021/0347", "第３４７号", "x' or PartitionKey ne '", new string('/', 90) + "号", "A\\B"];
        var many = Enumerable.Range(1, 150).Select(i => $"2021{i:D4}").ToArray();
        await store.AddManyAsync([.. many.Select(n => New(n)), .. odd.Select(n => New(n, session: "市七届人大二次会议"))]);
        var wanted = new[] { "20219999", odd[1], many[7] }.Concat(odd).Concat(many).Append("不存在").Append(many[7]).Select(SuggestionNumber.Parse).ToArray();

        var found = await store.FindManyAsync(wanted);

        Assert.Equal(wanted.Length, found.Count);
        for (var i = 0; i < wanted.Length; i++)
        {
            var one = await store.FindAsync(wanted[i]);
            Assert.Equal(one?.Number, found[i]?.Number);
            Assert.Equal(one?.Version, found[i]?.Version);
            if (one is not null)
            {
                SnapshotAssert.Equal(one.ToSnapshot(), found[i]!.ToSnapshot());
            }
        }

        Assert.Equal(3 + odd.Length + many.Length, found.Count(f => f is not null));
        Assert.NotSame(found[2], found[^1]);
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

    [Fact]
    public async Task ATakenNumberInABucketsTransactionRefusesOnlyItsOwnItem()
    {
        var store = azurite.NewStore();
        await store.AddAsync(New("20210007", session: "市七届人大二次会议"));
        await store.AddAsync(New("20210150", session: "市七届人大二次会议"));
        var items = Enumerable.Range(1, 200).Select(i => New($"2021{i:D4}")).ToList();

        var failures = await store.AddManyAsync(items);

        Assert.Equal(["20210007", "20210150"], failures.OfType<DuplicateItemException>().Select(f => f.Number.Value));
        Assert.Equal(198, await store.QueryAsync(new ItemQuery { Session = Testing.Items.Session }).CountAsync());
        Assert.Equal("市七届人大二次会议", (await store.GetAsync("20210150")).Session);
    }

    private TableClient Numbers(TableSuggestionStore store) => azurite.Service.GetTableClient(store.Names.Numbers);
}
