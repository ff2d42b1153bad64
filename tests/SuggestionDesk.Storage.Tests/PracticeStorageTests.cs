using Azure.Data.Tables;

namespace SuggestionDesk.Storage.Tests;

/// <summary>
/// The practice facts in Table Storage (Azurite): columns people read in Storage Explorer, and contact rows written
/// before phases were kept, which read with the phase their dates give.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class PracticeStorageTests(AzuriteFixture azurite)
{
    private static readonly ResultClass A = ResultClassScheme.Default.Parse("A");

    [Fact]
    public async Task TheItemRowShowsTheLeadingOfficialAndThePriorities()
    {
        var names = AzuriteFixture.NewNames();
        var store = new TableSuggestionStore(azurite.Service, names);
        await store.AddAsync(SuggestionItem.Create(Spec() with { LeadingOfficial = "张局长", Priorities = [ItemPriority.Key, ItemPriority.Hot] }, TestClock.As()));

        var row = await ItemRowAsync(names);

        Assert.Equal(("张局长", "Key,Hot"), (row.GetString("LeadingOfficial"), row.GetString("Priority")));
    }

    [Fact]
    public async Task AContactRowWrittenWithoutAPhaseReadsWithThePhaseItsDateHasOnTheItem()
    {
        var names = AzuriteFixture.NewNames();
        var store = new TableSuggestionStore(azurite.Service, names);
        var item = New();
        item.SignFor(new DateOnly(2021, 3, 16), TestClock.As());
        item.Reply(new DateOnly(2021, 5, 20), A, "答复", TestClock.As());
        foreach (var date in new[] { new DateOnly(2021, 3, 16), new DateOnly(2021, 4, 2), new DateOnly(2021, 5, 21) })
        {
            item.RecordContact(date, ContactMethod.Phone, null, TestClock.As(), ContactPhase.During);
        }

        await store.AddAsync(item);
        await ForgetPhasesAsync(names);

        var contacts = await store.GetContactsAsync(item).ToListAsync();
        var inSession = await store.GetSessionContactsAsync(item.Session).ToListAsync();

        Assert.Equal([ContactPhase.Before, ContactPhase.During, ContactPhase.After], contacts.Select(c => c.Phase));
        Assert.Equal(contacts.Select(c => c.Phase), inSession.Select(c => c.Contact.Phase));
    }

    [Fact]
    public async Task AnOldContactOfARemovedItemReadsAsDuringHandling()
    {
        var names = AzuriteFixture.NewNames();
        var store = new TableSuggestionStore(azurite.Service, names);
        var item = New();
        item.RecordContact(new DateOnly(2021, 3, 15), ContactMethod.Visit, null, TestClock.As());
        await store.AddAsync(item);
        await store.RemoveAsync(await store.GetAsync(item.Number.Value), TestClock.As());
        await ForgetPhasesAsync(names);

        var contact = Assert.Single(await store.GetContactsAsync(item.Number, item.Session).ToListAsync());

        Assert.Equal(ContactPhase.During, contact.Phase);
        Assert.Equal(ContactPhase.During, Assert.Single(await store.GetSessionContactsAsync(item.Session).ToListAsync()).Contact.Phase);
    }

    // Rewrites every contact row as a version that kept no phase wrote it.
    private async Task ForgetPhasesAsync(TableNames names)
    {
        var table = azurite.Service.GetTableClient(names.Items);
        var rows = await table.QueryAsync<TableEntity>(filter: "RowKey ge 'c|' and RowKey lt 'c}'").ToListAsync();
        Assert.NotEmpty(rows);
        foreach (var row in rows)
        {
            Assert.NotNull(row.GetString("Phase"));
            row.Remove("Phase");
            await table.UpsertEntityAsync(row, TableUpdateMode.Replace);
        }
    }

    private async Task<TableEntity> ItemRowAsync(TableNames names)
    {
        var table = azurite.Service.GetTableClient(names.Items);
        var rows = await table.QueryAsync<TableEntity>(filter: "RowKey ge 'i|' and RowKey lt 'i}'").ToListAsync();
        return Assert.Single(rows);
    }
}
