namespace SuggestionDesk.Core.Tests.Items;

public sealed class HandlingTests
{
    private static readonly ResultClass A = ResultClassScheme.Default.Parse("A");
    private static readonly ResultClass B = ResultClassScheme.Default.Parse("B");
    private readonly ChangeContext by = TestClock.As();

    [Fact]
    public void ANewItemIsAssignedAndOpen()
    {
        var item = New();

        Assert.Equal(ItemStatus.Assigned, item.Status);
        Assert.True(item.IsOpen);
        Assert.Equal("Create", Assert.Single(item.PendingHistory).Action);
    }

    [Fact]
    public void SignForMovesToSignedFor()
    {
        var item = New();

        item.SignFor(new DateOnly(2021, 3, 16), by);

        Assert.Equal(ItemStatus.SignedFor, item.Status);
        Assert.Equal(new DateOnly(2021, 3, 16), item.SignedForOn);
    }

    [Fact]
    public void SigningForTwiceIsRefused()
    {
        var item = New();
        item.SignFor(new DateOnly(2021, 3, 16), by);

        var error = Assert.Throws<ItemRuleException>(() => item.SignFor(new DateOnly(2021, 3, 17), by));

        Assert.Equal("Suggestion '20210347': it was already signed for on 2021-03-16; nothing to record.", error.Message);
    }

    [Fact]
    public void AReplyBeforeTheSignForIsRefusedWithWhatToDo()
    {
        var item = New();

        var error = Assert.Throws<ItemRuleException>(() => item.Reply(new DateOnly(2021, 5, 1), A, "答复", by));

        Assert.Contains("sign-for first", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AReplyDatedBeforeTheAssignmentIsRefusedNamingBothDates()
    {
        var item = New();
        item.Edit(new ItemEdit { AssignedOn = new DateOnly(2021, 3, 20) }, by);
        item.SignFor(new DateOnly(2021, 3, 20), by);

        var error = Assert.Throws<ItemRuleException>(() => item.Reply(new DateOnly(2021, 3, 19), A, "答复", by));

        Assert.Contains("2021-03-19", error.Message, StringComparison.Ordinal);
        Assert.Contains("2021-03-20", error.Message, StringComparison.Ordinal);
        Assert.Equal(ItemStatus.SignedFor, item.Status);
    }

    [Fact]
    public void AFutureDateIsRefused()
    {
        var item = New();

        var error = Assert.Throws<ItemRuleException>(() => item.SignFor(new DateOnly(2026, 11, 28), by));

        Assert.Contains("after today (2026-11-27)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AReplyAwaitsTheEvaluation()
    {
        var item = Replied(HandlingRole.Lead, A);

        Assert.Equal(ItemStatus.Replied, item.Status);
        Assert.True(item.IsOpen);
        Assert.Equal(ReplyRound.First, item.LastReply!.Round);
    }

    [Fact]
    public void AJointItemsOpinionClosesIt()
    {
        var item = Replied(HandlingRole.Joint, A);

        Assert.Equal(ItemStatus.Closed, item.Status);
        Assert.False(item.IsOpen);
    }

    [Fact]
    public void AnEvaluationOnAJointItemIsRefused()
    {
        var item = Replied(HandlingRole.Joint, A);

        var error = Assert.Throws<ItemRuleException>(() => item.Evaluate(new DateOnly(2021, 6, 1), EvaluationResult.Satisfied, null, by));

        Assert.Contains("Joint", error.Message, StringComparison.Ordinal);
        Assert.Empty(item.Evaluations);
    }

    [Theory]
    [InlineData(EvaluationResult.Satisfied)]
    [InlineData(EvaluationResult.BasicallySatisfied)]
    public void ASatisfiedEvaluationClosesTheItem(EvaluationResult result)
    {
        var item = Replied(HandlingRole.Sole, A);

        item.Evaluate(new DateOnly(2021, 6, 1), result, "感谢", by);

        Assert.Equal(ItemStatus.Closed, item.Status);
        Assert.False(item.IsOpen);
    }

    [Fact]
    public void AnUnsatisfiedEvaluationStartsRehandlingAndTheNextReplyIsARehandlingReply()
    {
        var item = Replied(HandlingRole.Split, A);

        item.Evaluate(new DateOnly(2021, 6, 1), EvaluationResult.Unsatisfied, "未解决", by);
        Assert.Equal(ItemStatus.Rehandling, item.Status);

        item.Reply(new DateOnly(2021, 6, 20), A, "再次答复", by);
        Assert.Equal(ItemStatus.Replied, item.Status);
        Assert.Equal(ReplyRound.Rehandling, item.LastReply!.Round);
        Assert.Equal(2, item.Replies.Count);
    }

    [Fact]
    public void AnEvaluationBeforeTheReplyDateIsRefused()
    {
        var item = Replied(HandlingRole.Lead, A);

        var error = Assert.Throws<ItemRuleException>(() => item.Evaluate(new DateOnly(2021, 5, 9), EvaluationResult.Satisfied, null, by));

        Assert.Contains("before the reply on 2021-05-10", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AClassBReplyKeepsTheItemOpenForFollowUpUntilAnswered()
    {
        var item = Replied(HandlingRole.Lead, B);
        item.Evaluate(new DateOnly(2021, 6, 1), EvaluationResult.Satisfied, null, by);
        Assert.Equal(ItemStatus.Closed, item.Status);
        Assert.True(item.FollowUpPending);
        Assert.True(item.IsOpen);

        item.RecordFollowUp(new DateOnly(2022, 1, 5), A, "已解决", by);

        Assert.False(item.FollowUpPending);
        Assert.False(item.IsOpen);
        Assert.Equal(ReplyRound.FollowUp, item.LastReply!.Round);
    }

    [Fact]
    public void AFollowUpWithoutAPendingOneIsRefused()
    {
        var item = Replied(HandlingRole.Lead, A);

        var error = Assert.Throws<ItemRuleException>(() => item.RecordFollowUp(new DateOnly(2021, 6, 1), A, "x", by));

        Assert.Contains("no follow-up is pending", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AReplyTextOverTheLimitIsRefusedAndNothingChanges()
    {
        var item = New();
        item.SignFor(new DateOnly(2021, 3, 16), by);

        var error = Assert.Throws<ArgumentException>(() => item.Reply(new DateOnly(2021, 5, 10), A, new string('答', 100_001), by));

        Assert.StartsWith("Suggestion '20210347': Reply text is 100,001 characters long", error.Message, StringComparison.Ordinal);
        Assert.Contains("100,000", error.Message, StringComparison.Ordinal);
        Assert.Equal(ItemStatus.SignedFor, item.Status);
    }

    internal static SuggestionItem Replied(HandlingRole role, ResultClass resultClass)
    {
        var by = TestClock.As();
        var item = New(role: role, by: by);
        item.SignFor(new DateOnly(2021, 3, 16), by);
        item.Reply(new DateOnly(2021, 5, 10), resultClass, "答复全文", by);
        return item;
    }

    [Fact]
    public void TodayIsTheOfficesTodayWhateverTheHostsTimeZone()
    {
        // 23:30 UTC on 03-15 is 07:30 on 03-16 in Beijing; a UTC host's "local today" would still be 03-15.
        var utcHost = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2021, 3, 15, 23, 30, 0, TimeSpan.Zero));
        utcHost.SetLocalTimeZone(TimeZoneInfo.Utc);
        var item = New(by: new ChangeContext("李四", utcHost));

        item.SignFor(new DateOnly(2021, 3, 16), new ChangeContext("李四", utcHost));

        Assert.Equal(new DateOnly(2021, 3, 16), item.SignedForOn);
        Assert.Equal(TimeSpan.FromHours(8), item.UpdatedAt.Offset);
    }
}
