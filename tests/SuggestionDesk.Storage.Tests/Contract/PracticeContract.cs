namespace SuggestionDesk.Storage.Tests.Contract;

/// <summary>What every store keeps of the practice facts: the leading official, the priorities, each contact's phase.</summary>
public abstract class PracticeContract
{
    /// <summary>A new, empty store.</summary>
    protected abstract ISuggestionStore NewStore();

    [Fact]
    public async Task TheLeadingOfficialAndThePrioritiesRoundTripWithTheirHistory()
    {
        var store = NewStore();
        var item = SuggestionItem.Create(Spec() with { LeadingOfficial = "张局长", Priorities = [ItemPriority.Hot, ItemPriority.Key] }, TestClock.As());
        await store.AddAsync(item);

        var found = await store.GetAsync(item.Number.Value);
        found.Edit(new ItemEdit { LeadingOfficial = "刘局长", Priorities = [ItemPriority.Difficult] }, TestClock.As("办公室"));
        await store.SaveAsync(found);
        var again = await store.GetAsync(item.Number.Value);
        var history = await store.GetHistoryAsync(again).ToListAsync();

        SnapshotAssert.Equal(found.ToSnapshot(), again.ToSnapshot());
        Assert.Equal(("刘局长", ItemPriority.Difficult), (again.LeadingOfficial, Assert.Single(again.Priorities)));
        Assert.Equal(
            [new FieldChange("LeadingOfficial", "张局长", "刘局长"), new FieldChange("Priorities", "Key、Hot", "Difficult")],
            history[^1].Changes);
    }

    [Fact]
    public async Task AContactKeepsItsPhaseGivenOrInferred()
    {
        var store = NewStore();
        var item = New();
        item.SignFor(new DateOnly(2021, 3, 16), TestClock.As());
        await store.AddAsync(item);

        item.RecordContact(new DateOnly(2021, 3, 16), ContactMethod.Phone, "办前电话", TestClock.As());
        item.RecordContact(new DateOnly(2021, 3, 20), ContactMethod.Meeting, "座谈", TestClock.As(), ContactPhase.Before);
        item.RecordContact(new DateOnly(2021, 3, 25), ContactMethod.Visit, null, TestClock.As());
        await store.SaveAsync(item);
        var contacts = await store.GetContactsAsync(item).ToListAsync();
        var inSession = await store.GetSessionContactsAsync(item.Session).ToListAsync();

        Assert.Equal([ContactPhase.Before, ContactPhase.Before, ContactPhase.During], contacts.Select(c => c.Phase));
        Assert.Equal(contacts, inSession.Select(c => c.Contact));
        Assert.All(inSession, c => Assert.Equal((item.Session, item.Number), (c.Session, c.Number)));
    }

    [Fact]
    public async Task ASessionsContactsComeItemByItemWithTheirNumbersAndRemovedItemsToo()
    {
        var store = NewStore();
        var first = New("2021/0347");
        var second = New("20210254");
        var other = New("20200812", session: "2020年市六届人大八次会议闭会期间");
        foreach (var item in new[] { first, second, other })
        {
            item.RecordContact(new DateOnly(2021, 3, 20), ContactMethod.Phone, item.Number.Value, TestClock.As());
            item.RecordContact(new DateOnly(2021, 3, 18), ContactMethod.Visit, item.Number.Value, TestClock.As());
            await store.AddAsync(item);
        }

        await store.RemoveAsync(await store.GetAsync("20210254"), TestClock.As());
        var contacts = await store.GetSessionContactsAsync(Session).ToListAsync();

        Assert.Equal(4, contacts.Count);
        Assert.All(contacts, c => Assert.Equal(c.Number.Value, c.Contact.Note));
        Assert.Equal(["2021/0347", "20210254"], contacts.Select(c => c.Number.Value).Distinct().Order(StringComparer.Ordinal));
        foreach (var group in contacts.GroupBy(c => c.Number.Value))
        {
            Assert.Equal([new DateOnly(2021, 3, 18), new DateOnly(2021, 3, 20)], group.Select(c => c.Contact.Date));
        }

        Assert.Empty(await store.GetSessionContactsAsync("市七届人大二次会议").ToListAsync());
    }
}
