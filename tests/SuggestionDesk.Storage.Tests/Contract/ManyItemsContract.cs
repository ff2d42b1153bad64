namespace SuggestionDesk.Storage.Tests.Contract;

/// <summary>What every store does with many items at once (an import): AddManyAsync refuses only the items at fault, FindManyAsync reads what FindAsync reads.</summary>
public abstract class ManyItemsContract
{
    /// <summary>A new, empty store.</summary>
    protected abstract ISuggestionStore NewStore();

    [Fact]
    public async Task ItemsOfSeveralSessionsAreAddedWithTheirHistoryAndVersions()
    {
        var store = NewStore();
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
        var store = NewStore();
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

    [Fact]
    public async Task FindManyReadsWhatFindReadsForEveryKindOfNumberInOrder()
    {
        var store = NewStore();
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
    public async Task ATakenNumberInABucketsTransactionRefusesOnlyItsOwnItem()
    {
        var store = NewStore();
        await store.AddAsync(New("20210007", session: "市七届人大二次会议"));
        await store.AddAsync(New("20210150", session: "市七届人大二次会议"));
        var items = Enumerable.Range(1, 200).Select(i => New($"2021{i:D4}")).ToList();

        var failures = await store.AddManyAsync(items);

        Assert.Equal(["20210007", "20210150"], failures.OfType<DuplicateItemException>().Select(f => f.Number.Value));
        Assert.Equal(198, await store.QueryAsync(new ItemQuery { Session = Testing.Items.Session }).CountAsync());
        Assert.Equal("市七届人大二次会议", (await store.GetAsync("20210150")).Session);
    }
}
