using System.Globalization;
using SuggestionDesk.Items;
using SuggestionDesk.Ports;

namespace SuggestionDesk.Storage.Tests;

/// <summary>
/// Requests the store sends, counted by a pipeline policy on its client (in Azure each is a network round trip):
/// counts, not times, so they hold on any machine and cannot grow unnoticed.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class RoundTripCountTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task AddingManyItemsSendsAboutOneRequestPerTwentyItems()
    {
        var (storage, counter, observing) = Counted();
        using (observing)
        {
            var items = Enumerable.Range(0, 2_000)
                .Select(i => SuggestionDesk.Testing.Items.New(i.ToString("00000", CultureInfo.InvariantCulture), i % 2 == 0 ? SuggestionDesk.Testing.Items.Session : "市七届人大二次会议"))
                .ToArray();

            var failures = await storage.Items.AddManyAsync(items);

            Assert.All(failures, Assert.Null);
            // Claims: 100 numbers of a bucket per transaction; items: 50 (a row and its history row each) per transaction.
            Assert.True(counter.Count <= 0.05 * items.Length, $"{counter.Count} requests for {items.Length} items");
        }
    }

    [Fact]
    public async Task AnItemFoundOnceIsReadAgainInOneRequest()
    {
        var (storage, counter, observing) = Counted();
        using (observing)
        {
            await storage.Items.AddAsync(SuggestionDesk.Testing.Items.New("20210347"));
            var other = new TableSuggestionStore(azurite.Service, storage.Names);
            await other.AddManyAsync([SuggestionDesk.Testing.Items.New("20210348")]);
            counter.Reset();

            Assert.NotNull(await storage.Items.FindAsync(SuggestionNumber.Parse("20210348")));
            Assert.Equal(2, counter.Count);
            counter.Reset();

            Assert.NotNull(await storage.Items.FindAsync(SuggestionNumber.Parse("20210348")));
            Assert.NotNull(await storage.Items.FindAsync(SuggestionNumber.Parse("20210347")));
            Assert.Equal(2, counter.Count);
        }
    }

    [Fact]
    public async Task AnItemRemovedByAnotherStoreIsNotFoundFromWhereItWasSeen()
    {
        var (storage, _, observing) = Counted();
        using (observing)
        {
            await storage.Items.AddAsync(SuggestionDesk.Testing.Items.New("20210347"));
            var other = new TableSuggestionStore(azurite.Service, storage.Names);
            var item = await other.FindAsync(SuggestionNumber.Parse("20210347"));

            await other.RemoveAsync(item!, new ChangeContext("另一位管理员", TimeProvider.System));

            Assert.Null(await storage.Items.FindAsync(SuggestionNumber.Parse("20210347")));
        }
    }

    [Fact]
    public async Task ListingReadsEverySessionOncePerPageAndTheSessionList()
    {
        var (storage, counter, observing) = Counted();
        using (observing)
        {
            var sessions = new[] { SuggestionDesk.Testing.Items.Session, "市七届人大二次会议", "市七届人大三次会议" };
            await storage.Items.AddManyAsync(Enumerable.Range(0, 30).Select(i => SuggestionDesk.Testing.Items.New($"{i:000}", sessions[i % 3])).ToArray());
            counter.Reset();

            var listed = new List<string>();
            await foreach (var item in storage.Items.QueryAsync(new ItemQuery()))
            {
                listed.Add(item.Session);
            }

            Assert.Equal(30, listed.Count);
            Assert.Equal(4, counter.Count);
            // Handed on session by session, as if read one after another: each session's items together.
            Assert.Equal(sessions.Length - 1, listed.Zip(listed.Skip(1)).Count(pair => pair.First != pair.Second));
        }
    }

    private (SuggestionStorage Storage, RequestCounter Counter, IDisposable Observing) Counted()
    {
        var names = AzuriteFixture.NewNames();
        var counter = new RequestCounter();
        var observing = ClientDiagnostics.Observe(names.Prefix, counter);
        return (SuggestionStorage.FromConnectionString(azurite.ConnectionString, names.Prefix), counter, observing);
    }
}
