namespace SuggestionDesk.Core.Tests.Items;

public sealed class HistoryTests
{
    [Fact]
    public void EveryChangeSaysWhenWhoAndWhatChangedFromWhatToWhat()
    {
        var clock = TestClock.At();
        var item = New(by: new ChangeContext("办公室", clock));
        clock.Advance(TimeSpan.FromMinutes(5));

        item.SignFor(new DateOnly(2021, 3, 16), new ChangeContext("李四", clock));

        var entry = item.PendingHistory[^1];
        Assert.Equal("SignFor", entry.Action);
        Assert.Equal("李四", entry.Actor);
        Assert.Equal(new DateTimeOffset(2026, 11, 27, 9, 35, 0, TimeSpan.FromHours(8)), entry.At);
        Assert.Equal(
            [new FieldChange("SignedForOn", null, "2021-03-16"), new FieldChange("Status", "Assigned", "SignedFor")],
            entry.Changes);
        Assert.Equal("李四", item.UpdatedBy);
        Assert.Equal("办公室", item.CreatedBy);
    }

    [Fact]
    public void CreationRecordsTheInitialValues()
    {
        var item = New();

        var changes = Assert.Single(item.PendingHistory).Changes.ToDictionary(c => c.Field, c => c.To);

        Assert.Equal("规划发展处", changes["Department"]);
        Assert.Equal("Assigned", changes["Status"]);
        Assert.Equal("智慧城市、数字政府", changes["Topics"]);
        Assert.Equal("优化智慧城市和数字政府建设模式", changes["SubPoints[2].Title"]);
    }

    [Fact]
    public void AReassignmentRecordsTheOldAndNewOwner()
    {
        var item = New();

        item.Assign("数据资源处", "王五", "wangwu@example.gov.cn", TestClock.As("办公室"));

        var entry = item.PendingHistory[^1];
        Assert.Equal("Assign", entry.Action);
        Assert.Contains(new FieldChange("Owner", "李四", "王五"), entry.Changes);
        Assert.Contains(new FieldChange("Department", "规划发展处", "数据资源处"), entry.Changes);
        Assert.Contains(new FieldChange("OwnerEmail", "lisi@example.gov.cn", "wangwu@example.gov.cn"), entry.Changes);
    }

    [Fact]
    public void AnEditThatChangesNothingLeavesNoEntry()
    {
        var item = SuggestionItem.Restore(New().ToSnapshot(), "v1");

        item.Edit(new ItemEdit { Title = item.Title, Topics = ["智慧城市", "数字政府"] }, TestClock.As());

        Assert.Empty(item.PendingHistory);
        Assert.False(item.HasStateChanges);
    }

    [Fact]
    public void TheRoleCannotChangeAfterAReply()
    {
        var item = HandlingTests.Replied(HandlingRole.Lead, ResultClassScheme.Default.Parse("A"));

        var error = Assert.Throws<ItemRuleException>(() => item.Edit(new ItemEdit { Role = HandlingRole.Joint }, TestClock.As()));

        Assert.Contains("from Lead to Joint", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ABadOwnerEmailIsRefusedNamingIt()
    {
        var item = New();

        var error = Assert.Throws<ArgumentException>(() => item.Assign(null, null, "lisi at example", TestClock.As()));

        Assert.Contains("'lisi at example'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ARestoredItemStartsCleanAndRecordsChangesAgainstItsStoredState()
    {
        var original = HandlingTests.Replied(HandlingRole.Lead, ResultClassScheme.Default.Parse("B"));

        var restored = SuggestionItem.Restore(original.ToSnapshot(), "v7");
        restored.Evaluate(new DateOnly(2021, 6, 1), EvaluationResult.Satisfied, null, TestClock.As());

        Assert.Equal("v7", restored.Version);
        Assert.True(restored.PersistedOpen);
        var entry = Assert.Single(restored.PendingHistory);
        Assert.Contains(new FieldChange("Status", "Replied", "Closed"), entry.Changes);
        Assert.Equal(ItemStatus.Replied, original.Status);
    }

    [Fact]
    public void ResultClassesComeFromAConfigurableScheme()
    {
        var three = new ResultClassScheme([new ResultClass("甲", "已解决"), new ResultClass("乙", "正在解决", true), new ResultClass("丙", "留作参考")]);

        Assert.True(three.Parse("乙").RequiresFollowUp);
        Assert.Equal("B", ResultClassScheme.Default.Parse("正在解决或列入计划").Code);
        var error = Assert.Throws<ArgumentException>(() => three.Parse("A"));
        Assert.Contains("'A'", error.Message, StringComparison.Ordinal);
        Assert.Contains("甲 已解决", error.Message, StringComparison.Ordinal);
    }
}
