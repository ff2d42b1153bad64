namespace SuggestionDesk.Storage.Tests.Contract;

/// <summary>What every store gives back: any number, long texts and contacts exactly as written.</summary>
public abstract class RoundTripContract
{
    private static readonly ResultClass A = ResultClassScheme.Default.Parse("A");

    /// <summary>A new, empty store.</summary>
    protected abstract ISuggestionStore NewStore();

    public static TheoryData<string> HostileNumbers =>
    [
        "2021/0347",
        "2026#12",
        "A\\B",
        "x' or PartitionKey ne '",
        "第３４７号",
        "🏛️ 建议 😀",
        "a?b|c~d%2Fe",
        string.Concat(Enumerable.Repeat("/😀", 100)),
        string.Concat(Enumerable.Repeat("建", 200)),
    ];

    [Theory]
    [MemberData(nameof(HostileNumbers), MemberType = typeof(RoundTripContract))]
    public async Task AnyNumberRoundTripsExactly(string number)
    {
        var store = NewStore();
        var item = New(number, session: "市七届人大一次会议/闭会期间#1");

        await store.AddAsync(item);
        var found = await store.FindAsync(SuggestionNumber.Parse(number));
        var listed = await store.QueryAsync(new ItemQuery { Session = item.Session }).ToListAsync();
        var history = await store.GetHistoryAsync(found!).ToListAsync();

        Assert.NotNull(found);
        Assert.Equal(number, found.Number.Value);
        SnapshotAssert.Equal(item.ToSnapshot(), found.ToSnapshot());
        Assert.Equal(number, Assert.Single(listed).Number.Value);
        Assert.Equal("Create", Assert.Single(history).Action);
    }

    [Fact]
    public async Task NumbersThatLookAlikeStayDistinct()
    {
        var store = NewStore();
        string[] numbers = ["2021/0347", "2021%2F0347", "2021\\0347"];

        foreach (var number in numbers)
        {
            await store.AddAsync(New(number));
        }

        foreach (var number in numbers)
        {
            Assert.Equal(number, (await store.FindAsync(SuggestionNumber.Parse(number)))!.Number.Value);
        }
    }

    [Fact]
    public async Task APromisedFollowUpDateRoundTripsWithItsReply()
    {
        var store = NewStore();
        var item = New();
        await store.AddAsync(item);

        item.SignFor(new DateOnly(2021, 3, 16), TestClock.As());
        item.Reply(new DateOnly(2021, 5, 10), ResultClassScheme.Default.Parse("B"), "列入年度计划", TestClock.As(), followUpBy: new DateOnly(2021, 10, 31));
        await store.SaveAsync(item);
        var found = await store.FindAsync(item.Number);

        Assert.Equal(new DateOnly(2021, 10, 31), found!.LastReply!.FollowUpBy);
        Assert.True(found.FollowUpPending);
        SnapshotAssert.Equal(item.ToSnapshot(), found.ToSnapshot());
    }

    [Fact]
    public async Task AHundredThousandCharacterReplyRoundTripsIntact()
    {
        var store = NewStore();
        var item = New();
        await store.AddAsync(item);
        // Emoji make surrogate pairs straddle the 30,000-character property chunks.
        var text = string.Concat(Enumerable.Range(0, 100_000 / 5).Select(i => i % 7 == 0 ? "答复😀内" : "答复内容。"));
        Assert.Equal(100_000, text.Length);

        item.SignFor(new DateOnly(2021, 3, 16), TestClock.As());
        item.Reply(new DateOnly(2021, 5, 10), A, text, TestClock.As());
        await store.SaveAsync(item);
        var found = await store.FindAsync(item.Number);
        var history = await store.GetHistoryAsync(item).ToListAsync();

        Assert.Equal(text, found!.LastReply!.Text);
        Assert.Equal(text, history.Single(h => h.Action == "Reply").Changes.Single(c => c.Field == "Replies[1].Text").To);
    }

    [Fact]
    public async Task ContactsComeBackInDateOrder()
    {
        var store = NewStore();
        var item = New();
        await store.AddAsync(item);

        item.RecordContact(new DateOnly(2021, 4, 2), ContactMethod.Meeting, "座谈会", TestClock.As());
        item.RecordContact(new DateOnly(2021, 3, 20), ContactMethod.Phone, "电话联系 'quoted'", TestClock.As());
        await store.SaveAsync(item);
        var contacts = await store.GetContactsAsync(item).ToListAsync();

        Assert.Equal([new DateOnly(2021, 3, 20), new DateOnly(2021, 4, 2)], contacts.Select(c => c.Date));
        Assert.Equal("电话联系 'quoted'", contacts[0].Note);
        Assert.Equal(ContactMethod.Phone, contacts[0].Method);
        Assert.Equal("张三", contacts[0].RecordedBy);
    }
}
