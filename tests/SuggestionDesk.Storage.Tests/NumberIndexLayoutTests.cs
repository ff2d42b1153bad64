using Azure.Data.Tables;

namespace SuggestionDesk.Storage.Tests;

/// <summary>A store whose number index was written with one partition per number is moved to the buckets on first use.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class NumberIndexLayoutTests(AzuriteFixture azurite)
{
    private const string Other = "市七届人大二次会议";

    [Fact]
    public async Task AnOldIndexIsMovedOnFirstUseAndEveryNumberStaysUnique()
    {
        var names = AzuriteFixture.NewNames();
        var numbers = await WriteOldStoreAsync(names, count: 130);

        var store = new TableSuggestionStore(azurite.Service, names);
        var found = await store.FindManyAsync(numbers.Select(SuggestionNumber.Parse).ToArray());

        Assert.All(found, Assert.NotNull);
        Assert.Equal("20210002", (await store.GetAsync("20210002")).Number.Value);
        var rows = await azurite.Service.GetTableClient(names.Numbers).QueryAsync<TableEntity>().ToListAsync();
        var moved = rows.Where(r => NumberIndex.IsBucket(r.PartitionKey)).ToList();
        Assert.Equal(numbers.Order(StringComparer.Ordinal), moved.Select(r => r.GetString("Number")).Order(StringComparer.Ordinal));
        Assert.All(moved, r => Assert.Equal(r.PartitionKey, NumberIndex.Bucket(r.RowKey)));
        var marker = Assert.Single(rows, r => !NumberIndex.IsBucket(r.PartitionKey));
        Assert.Equal((NumberIndexLayout.MarkerPartition, 2, 130), (marker.PartitionKey, marker.GetInt32("Version"), marker.GetInt32("Moved")));
        var duplicate = await Assert.ThrowsAsync<DuplicateItemException>(() => store.AddAsync(New("20210007", session: Other)));
        Assert.Contains(Testing.Items.Session, duplicate.Message);
    }

    [Fact]
    public async Task AMoveCutShortOrRunTwiceAtOnceEndsTheSame()
    {
        var names = AzuriteFixture.NewNames();
        var numbers = await WriteOldStoreAsync(names, count: 40);
        var table = azurite.Service.GetTableClient(names.Numbers);
        // A move that died halfway: some rows copied, no old row deleted, no marker.
        var half = numbers.Take(20).Select(n => NumberIndex.ToEntity(new NumberClaim(KeyEncoder.Encode(n), n, Testing.Items.Session)));
        foreach (var row in half)
        {
            await table.AddEntityAsync(row);
        }

        await Task.WhenAll(new TableSuggestionStore(azurite.Service, names).EnsureTablesAsync(), new TableSuggestionStore(azurite.Service, names).EnsureTablesAsync());

        var rows = await table.QueryAsync<TableEntity>().ToListAsync();
        Assert.Equal(41, rows.Count);
        Assert.Equal(numbers.Order(StringComparer.Ordinal), rows.Where(r => NumberIndex.IsBucket(r.PartitionKey)).Select(r => r.GetString("Number")).Order(StringComparer.Ordinal));
        var store = new TableSuggestionStore(azurite.Service, names);
        Assert.Equal(40, (await store.FindManyAsync(numbers.Select(SuggestionNumber.Parse).ToArray())).Count(i => i is not null));
    }

    [Fact]
    public async Task AMovedRowNeverReplacesANewerClaimOfTheSameNumber()
    {
        var names = AzuriteFixture.NewNames();
        await WriteOldStoreAsync(names, count: 3);
        var table = azurite.Service.GetTableClient(names.Numbers);
        // The old row says session one; a newer claim in the new layout says the other session.
        await table.AddEntityAsync(NumberIndex.ToEntity(new NumberClaim("20210002", "20210002", Other)));

        await new TableSuggestionStore(azurite.Service, names).EnsureTablesAsync();

        var row = await table.GetEntityAsync<TableEntity>(NumberIndex.Bucket("20210002"), "20210002");
        Assert.Equal(Other, row.Value.GetString("Session"));
    }

    /// <summary>Items added by today's store, then the index rewritten as stores before the buckets kept it.</summary>
    private async Task<string[]> WriteOldStoreAsync(TableNames names, int count)
    {
        var numbers = Enumerable.Range(1, count).Select(i => $"2021{i:D4}").ToArray();
        await new TableSuggestionStore(azurite.Service, names).AddManyAsync(numbers.Select(n => New(n)).ToList());
        var table = azurite.Service.GetTableClient(names.Numbers);
        await table.DeleteAsync();
        await table.CreateAsync();
        foreach (var number in numbers)
        {
            await table.AddEntityAsync(new TableEntity(KeyEncoder.Encode(number), "n")
            {
                ["Number"] = number, ["Session"] = Testing.Items.Session, ["Partition"] = KeyEncoder.Encode(Testing.Items.Session),
            });
        }

        return numbers;
    }
}
