namespace SuggestionDesk.Core.Tests.Practices;

/// <summary>The leading official (领办领导) and the priorities (重点、难点、热点) of an item.</summary>
public sealed class PriorityTests
{
    private readonly ChangeContext by = TestClock.As();

    [Theory]
    [InlineData("重点、热点", new[] { ItemPriority.Key, ItemPriority.Hot })]
    [InlineData("重点,难点", new[] { ItemPriority.Key, ItemPriority.Difficult })]
    [InlineData("热点，重点", new[] { ItemPriority.Key, ItemPriority.Hot })]
    [InlineData("Key; hot", new[] { ItemPriority.Key, ItemPriority.Hot })]
    [InlineData("难点/难点建议", new[] { ItemPriority.Difficult })]
    [InlineData("  ", new ItemPriority[0])]
    public void ListsReadAsALedgerWritesThemEachPriorityOnceInOrder(string text, ItemPriority[] expected)
    {
        var read = ItemPriorityNames.TryReadList(text, out var priorities, out var unknown);

        Assert.True(read);
        Assert.Null(unknown);
        Assert.Equal(expected, priorities);
    }

    [Theory]
    [InlineData("重点、紧急", "紧急")]
    [InlineData("重点难点", "重点难点")]
    [InlineData("Key, urgent", "urgent")]
    public void AWordOfNoPriorityIsNamed(string text, string named)
    {
        Assert.False(ItemPriorityNames.TryReadList(text, out var priorities, out var unknown));

        Assert.Equal(named, unknown);
        Assert.Empty(priorities);
    }

    [Fact]
    public void ListsAreWrittenInTheLedgersWords()
    {
        ItemPriority[] priorities = [ItemPriority.Key, ItemPriority.Hot];

        Assert.Equal("重点、热点", ItemPriorityNames.Join(priorities, Language.Chinese));
        Assert.Equal("Key, Hot", ItemPriorityNames.Join(priorities, Language.English));
        Assert.Equal(string.Empty, ItemPriorityNames.Join([], Language.Chinese));
    }

    [Fact]
    public void ANewItemKeepsItsLeadingOfficialAndPrioritiesInItsCreateEntry()
    {
        var item = SuggestionItem.Create(
            Spec() with { LeadingOfficial = " 张局长 ", Priorities = [ItemPriority.Hot, ItemPriority.Key, ItemPriority.Hot] }, by);

        Assert.Equal("张局长", item.LeadingOfficial);
        Assert.Equal([ItemPriority.Key, ItemPriority.Hot], item.Priorities);
        var create = Assert.Single(item.PendingHistory);
        Assert.Contains(create.Changes, c => c is { Field: "LeadingOfficial", To: "张局长" });
        Assert.Contains(create.Changes, c => c is { Field: "Priorities", To: "Key、Hot" });
    }

    [Fact]
    public void AnEditChangesThemWithAHistoryEntryAndLeavesThemAloneWhenNotGiven()
    {
        var item = SuggestionItem.Restore(New().ToSnapshot(), "v1");

        item.Edit(new ItemEdit { LeadingOfficial = "张局长", Priorities = [ItemPriority.Key] }, by);
        item.Edit(new ItemEdit { Title = "新标题" }, by);

        Assert.Equal(("张局长", ItemPriority.Key), (item.LeadingOfficial, Assert.Single(item.Priorities)));
        var edit = item.PendingHistory[0];
        Assert.Equal("Edit", edit.Action);
        Assert.Equal(
            [new FieldChange("LeadingOfficial", null, "张局长"), new FieldChange("Priorities", null, "Key")],
            edit.Changes);
        Assert.DoesNotContain(item.PendingHistory[1].Changes, c => c.Field is "LeadingOfficial" or "Priorities");
    }

    [Fact]
    public void AnEmptyTextAndAnEmptyListClearThem()
    {
        var item = SuggestionItem.Restore(SuggestionItem.Create(
            Spec() with { LeadingOfficial = "张局长", Priorities = [ItemPriority.Difficult] }, by).ToSnapshot(), "v1");

        item.Edit(new ItemEdit { LeadingOfficial = "", Priorities = [] }, by);

        Assert.Null(item.LeadingOfficial);
        Assert.Empty(item.Priorities);
        Assert.Equal(
            [new FieldChange("LeadingOfficial", "张局长", null), new FieldChange("Priorities", "Difficult", null)],
            Assert.Single(item.PendingHistory).Changes);
    }

    [Fact]
    public void ALeadingOfficialWithAControlCharacterIsRefusedNamingTheItem()
    {
        var item = New();

        var error = Assert.Throws<ArgumentException>(() => item.Edit(new ItemEdit { LeadingOfficial = "张\u0001局长" }, by));

        Assert.Contains("Suggestion '20210347': Leading official", error.Message, StringComparison.Ordinal);
        Assert.Null(item.LeadingOfficial);
    }

    [Fact]
    public void AnUndefinedPriorityIsRefused()
    {
        var error = Assert.Throws<ArgumentException>(() => SuggestionItem.Create(Spec() with { Priorities = [(ItemPriority)7] }, by));

        Assert.Contains("7 is not a priority", error.Message, StringComparison.Ordinal);
    }
}
