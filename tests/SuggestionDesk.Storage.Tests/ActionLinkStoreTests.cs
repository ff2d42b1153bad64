using Azure.Storage.Blobs;
using SuggestionDesk.Actions;

namespace SuggestionDesk.Storage.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class ActionLinkStoreTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Issued = new(2026, 11, 27, 9, 30, 0, TimeSpan.FromHours(8));

    [Fact]
    public async Task ALinkRoundTripsByItsHashWithItsTimesInOfficeTime()
    {
        var store = new TableActionLinkStore(azurite.Service, AzuriteFixture.NewNames());
        var link = Link("第347号/2021");

        await store.AddAsync([link, Link("other")]);
        var read = await store.FindAsync(link.Id);

        Assert.NotNull(read!.Version);
        Assert.Equal(link, read with { Version = null });
        Assert.Equal(TimeSpan.FromHours(8), read.IssuedAt.Offset);
        Assert.Null(await store.FindAsync(ActionToken.New().Hash));
        Assert.Null(await store.FindAsync("not-a-hash' or PartitionKey ne '"));
    }

    [Fact]
    public async Task AnUpdateFromAStaleReadWritesNothing()
    {
        var store = new TableActionLinkStore(azurite.Service, AzuriteFixture.NewNames());
        var link = Link("20210347");
        await store.AddAsync([link]);
        var first = (await store.FindAsync(link.Id))!;
        var second = (await store.FindAsync(link.Id))!;

        var used = await store.UpdateAsync(first with { UsedAt = Issued.AddHours(1), UsedBy = "lisi@example.gov.cn" });
        var lost = await store.UpdateAsync(second with { RevokedAt = Issued.AddHours(2), RevokedBy = "督办室" });

        Assert.NotNull(used);
        Assert.Null(lost);
        var stored = (await store.FindAsync(link.Id))!;
        Assert.Equal((ActionLinkState.Used, null), (stored.StateAt(Issued.AddHours(3)), stored.RevokedBy));
        Assert.Equal(used!.Version, stored.Version);
    }

    [Fact]
    public async Task AnItemsLinksAreListedOldestFirstAndOnlyItsOwn()
    {
        var store = new TableActionLinkStore(azurite.Service, AzuriteFixture.NewNames());
        var many = Enumerable.Range(0, 130).Select(i => Link("20210347", Issued.AddMinutes(-i))).ToArray();

        await store.AddAsync([.. many, Link("20210348"), Link("2021034")]);
        var listed = await store.ListAsync(SuggestionNumber.Parse("20210347")).ToListAsync();

        Assert.Equal(130, listed.Count);
        Assert.Equal(many.Select(l => l.IssuedAt).Order(), listed.Select(l => l.IssuedAt));
    }

    [Fact]
    public async Task ThePolicyRoundTripsAndDefaultsWhenNoneWasSet()
    {
        var store = new TableActionLinkPolicyStore(azurite.Service, AzuriteFixture.NewNames());

        var before = await store.GetAsync();
        await store.SaveAsync(ActionLinkPolicy.Default with { Disabled = [ItemAction.Reply], LifetimeDays = 7 });
        var after = await store.GetAsync();

        Assert.Equal((0, 14), (before.Disabled.Count, before.LifetimeDays));
        Assert.Equal([ItemAction.Reply], after.Disabled);
        Assert.Equal(7, after.LifetimeDays);
        await Assert.ThrowsAsync<ArgumentException>(() => store.SaveAsync(ActionLinkPolicy.Default with { LifetimeDays = 0 }));
    }

    [Fact]
    public async Task AReplyDocumentIsKeptAsANewBlobAndCanBeRemoved()
    {
        var container = new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient("t" + Guid.NewGuid().ToString("N")[..12]);
        var store = new BlobReplyDocumentStore(container);
        var pdf = "%PDF-1.7\n%%EOF\n"u8.ToArray();

        var name = await store.SaveAsync(SuggestionNumber.Parse("第347号/2021"), new DateOnly(2026, 11, 27), pdf);
        var other = await store.SaveAsync(SuggestionNumber.Parse("第347号/2021"), new DateOnly(2026, 11, 27), pdf);
        var read = await store.ReadAsync(name);
        var properties = await container.GetBlobClient(name).GetPropertiesAsync();
        await store.DeleteAsync(name);

        Assert.StartsWith("%E7%AC%AC347%E5%8F%B7%2F2021/2026-11-27-", name, StringComparison.Ordinal);
        Assert.NotEqual(name, other);
        Assert.Equal(pdf, read);
        Assert.Equal("application/pdf", properties.Value.ContentType);
        Assert.Null(await store.ReadAsync(name));
        Assert.NotNull(await store.ReadAsync(other));
    }

    [Fact]
    public async Task AContactsPhaseAndAHistoryEntrysWayInRoundTrip()
    {
        var store = azurite.NewStore();
        var item = New();
        await store.AddAsync(item);
        var link = new ChangeContext("李四 <lisi@example.gov.cn>", TestClock.Shared) { Via = HistoryEntry.ViaMailLink };

        item.RecordContact(new DateOnly(2021, 3, 20), ContactMethod.Meeting, "座谈", link, ContactPhase.During);
        item.SignFor(new DateOnly(2021, 3, 16), link);
        await store.SaveAsync(item);

        var contact = Assert.Single(await store.GetContactsAsync(item.Number, item.Session).ToListAsync());
        var history = await store.GetHistoryAsync(item.Number, item.Session).ToListAsync();
        Assert.Equal(ContactPhase.During, contact.Phase);
        Assert.Equal([null, HistoryEntry.ViaMailLink, HistoryEntry.ViaMailLink], history.Select(h => h.Via));
        Assert.Equal("Contact 2021-03-20 座谈 办时: 座谈", HistoryText.Describe(history.Single(h => h.Action == "RecordContact")));
    }

    private static ActionLink Link(string number, DateTimeOffset? issued = null) => new()
    {
        Id = ActionToken.New().Hash,
        Number = SuggestionNumber.Parse(number),
        Session = Session,
        Action = ItemAction.LogContact,
        Recipient = "lisi@example.gov.cn",
        IssuedAt = issued ?? Issued,
        ExpiresAt = (issued ?? Issued).AddDays(14),
    };
}
