namespace SuggestionDesk.Storage.Tests;

/// <summary>Points and their measures in Table Storage (Azurite): long texts split across properties and joined back exactly.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class PointStorageTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task MeasuresOfAHundredThousandCharactersInParagraphsWithEmojiRoundTripWithTheirHistory()
    {
        var store = azurite.NewStore();
        var item = New();
        await store.AddAsync(item);
        // 100 paragraphs of 999 characters and 99 line breaks: 99,999 characters, emoji pairs never split.
        var measures = string.Join('\n', Enumerable.Range(0, 100).Select(i => string.Concat(Enumerable.Repeat("措施😀", 249)) + "措施。"));

        item.SetPoint(1, null, measures, TestClock.As("李四"));
        item.SetPoint(3, "加强网络安全", "建立安全评估制度。", TestClock.As("李四"));
        await store.SaveAsync(item);
        var stored = await store.GetAsync(item.Number.Value);
        var history = await store.GetHistoryAsync(stored).ToListAsync();

        Assert.Equal(99_999, stored.SubPoints[0].Measures!.Length);
        Assert.Equal(measures, stored.SubPoints[0].Measures);
        Assert.Equal(new SubPoint("加强网络安全", "建立安全评估制度。"), stored.SubPoints[2]);
        Assert.Equal(["Create", "ChangePoint", "AddPoint"], history.Select(h => h.Action));
        Assert.Equal(measures, history[1].Changes.Single().To);
        Assert.Equal("ChangePoint 1: measures 99,999 characters", HistoryText.Describe(history[1]));
    }

    [Fact]
    public async Task ARemovedPointIsGoneFromTheItemAndKeptInItsHistory()
    {
        var store = azurite.NewStore();
        var item = New();
        item.SetPoint(1, null, new string('措', 40_000), TestClock.As());
        await store.AddAsync(item);

        item.RemovePoint(1, TestClock.As("李四"));
        await store.SaveAsync(item);
        var stored = await store.GetAsync(item.Number.Value);
        var removal = (await store.GetHistoryAsync(stored).ToListAsync())[^1];

        Assert.Equal(["优化智慧城市和数字政府建设模式"], stored.SubPoints.Select(p => p.Title));
        Assert.Equal("RemovePoint", removal.Action);
        Assert.Equal(new string('措', 40_000), removal.Changes.Single(c => c.Field == "SubPoints[1].Measures").From);
    }

    [Fact]
    public async Task MeasuresWrittenOnAStaleCopyAreRefusedAndTheOthersKept()
    {
        var store = azurite.NewStore();
        var (mine, theirs) = await store.AddAndReadTwiceAsync();
        theirs.SetPoint(1, null, "他们的措施。", TestClock.As("王五"));
        await store.SaveAsync(theirs);

        mine.SetPoint(1, null, "我的措施。", TestClock.As("赵六"));
        await Assert.ThrowsAsync<ItemConflictException>(() => store.SaveAsync(mine));

        Assert.Equal("他们的措施。", (await store.GetAsync(mine.Number.Value)).SubPoints[0].Measures);
    }
}
