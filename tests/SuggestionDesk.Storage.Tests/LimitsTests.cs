namespace SuggestionDesk.Storage.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class LimitsTests(AzuriteFixture azurite)
{
    private static readonly ResultClass A = ResultClassScheme.Default.Parse("A");

    [Fact]
    public async Task AHundredThousandEmojiCharacterReplyRoundTrips()
    {
        var store = azurite.NewStore();
        var item = New();
        await store.AddAsync(item);
        var text = string.Concat(Enumerable.Repeat("😀", 50_000));

        item.SignFor(new DateOnly(2021, 3, 16), TestClock.As());
        item.Reply(new DateOnly(2021, 5, 10), A, text, TestClock.As());
        await store.SaveAsync(item);

        Assert.Equal(text, (await store.GetAsync(item.Number.Value)).LastReply!.Text);
    }

    [Fact]
    public async Task AHundredThousandCharacterContactNoteWithEmojiRoundTrips()
    {
        var store = azurite.NewStore();
        var item = New();
        await store.AddAsync(item);
        var note = string.Concat(Enumerable.Range(0, 30_000).Select(i => i % 3 == 0 ? "谈😀话" : "沟通内容"))[..100_000];
        if (char.IsHighSurrogate(note[^1]))
        {
            note = note[..^1] + "。";
        }

        item.RecordContact(new DateOnly(2021, 4, 1), ContactMethod.Meeting, note, TestClock.As());
        await store.SaveAsync(item);

        Assert.Equal(note, Assert.Single(await store.GetContactsAsync(item).ToListAsync()).Note);
    }

    [Fact]
    public async Task AnEditReplacingThreeLongTextsKeepsTheWholeHistoryAcrossRows()
    {
        var store = azurite.NewStore();
        var item = SuggestionItem.Create(Spec() with { SubPoints = Points('旧') }, TestClock.As());
        await store.AddAsync(item);

        item.Edit(new ItemEdit { SubPoints = Points('新') }, TestClock.As());
        await store.SaveAsync(item);
        var edit = (await store.GetHistoryAsync(item).ToListAsync()).Single(h => h.Action == "Edit");

        Assert.Equal(3, edit.Changes.Count);
        Assert.All(edit.Changes, c => Assert.Equal(new string('旧', PointLength), c.From));
        Assert.All(edit.Changes, c => Assert.Equal(new string('新', PointLength), c.To));
        Assert.Equal(new string('新', PointLength), (await store.GetAsync(item.Number.Value)).SubPoints[2].Measures);
    }

    [Fact]
    public async Task AChangeTooLargeForOneTransactionIsRefusedAndNothingIsWritten()
    {
        var store = azurite.NewStore();
        var item = SuggestionItem.Create(Spec() with { SubPoints = Points('旧') }, TestClock.As());
        await store.AddAsync(item);

        // Three rewrites of every long text in one save: each history entry holds the old and the new texts.
        item.Edit(new ItemEdit { SubPoints = Points('新') }, TestClock.As());
        item.Edit(new ItemEdit { SubPoints = Points('旧') }, TestClock.As());
        item.Edit(new ItemEdit { SubPoints = Points('新') }, TestClock.As());
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => store.SaveAsync(item));

        Assert.Contains("'20210347': this save is too large for one transaction", error.Message, StringComparison.Ordinal);
        Assert.Contains("Nothing was written", error.Message, StringComparison.Ordinal);
        Assert.Equal(new string('旧', PointLength), (await store.GetAsync(item.Number.Value)).SubPoints[0].Measures);
        Assert.Equal(["Create"], (await store.GetHistoryAsync(item).ToListAsync()).Select(h => h.Action));
    }

    [Fact]
    public async Task AnItemWhoseTextsTogetherExceedOneEntityIsRefusedNamingItsSize()
    {
        var store = azurite.NewStore();
        var item = SuggestionItem.Create(Spec() with { SubPoints = Points('长', count: 4) }, TestClock.As());

        var error = await Assert.ThrowsAsync<ArgumentException>(() => store.AddAsync(item));

        Assert.Contains("'20210347' is too large to store", error.Message, StringComparison.Ordinal);
        Assert.Contains("about 160,000 Chinese characters", error.Message, StringComparison.Ordinal);
        Assert.Null(await store.FindAsync(item.Number));
    }

    [Fact]
    public async Task AnItemTooLargeToStoreIsRefusedBeforeAnythingIsWritten()
    {
        var store = azurite.NewStore();
        var by = TestClock.As();
        var spec = Spec() with
        {
            SubPoints = Enumerable.Range(1, 5).Select(i => new SubPoint($"第{i}点", new string('措', 90_000))).ToArray(),
        };
        var item = SuggestionItem.Create(spec, by);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => store.AddAsync(item));

        Assert.Contains("'20210347' is too large", error.Message, StringComparison.Ordinal);
        Assert.Null(await store.FindAsync(item.Number));
        Assert.Empty(await store.QueryAsync(ItemQuery.All).ToListAsync());
    }

    /// <summary>Three points of this length fit one item (about 135,000 Chinese characters); four do not.</summary>
    private const int PointLength = 45_000;

    private static SubPoint[] Points(char fill, int count = 3) =>
        Enumerable.Range(1, count).Select(i => new SubPoint($"第{i}点", new string(fill, PointLength))).ToArray();
}
