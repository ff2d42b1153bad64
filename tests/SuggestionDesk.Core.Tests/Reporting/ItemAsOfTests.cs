using SuggestionDesk.Reporting;

namespace SuggestionDesk.Core.Tests.Reporting;

/// <summary>An item taken back to a past day is the item its methods would have made by then.</summary>
public sealed class ItemAsOfTests
{
    private static readonly ResultClass A = ResultClassScheme.Default.Parse("A");
    private static readonly ResultClass B = ResultClassScheme.Default.Parse("B");
    private readonly ChangeContext by = TestClock.As();

    [Theory]
    [InlineData("2026-07-01", ItemStatus.Assigned)]
    [InlineData("2026-07-02", ItemStatus.SignedFor)]
    [InlineData("2026-09-01", ItemStatus.Replied)]
    [InlineData("2026-09-10", ItemStatus.Rehandling)]
    [InlineData("2026-09-25", ItemStatus.Replied)]
    [InlineData("2026-09-30", ItemStatus.Closed)]
    public void TheStatusIsTheOneOfThatDay(string asOf, ItemStatus status)
    {
        var item = SuggestionItem.Create(Spec() with { AssignedOn = new DateOnly(2026, 7, 1) }, by);
        item.SignFor(new DateOnly(2026, 7, 2), by);
        item.Reply(new DateOnly(2026, 9, 1), A, "答复", by);
        item.Evaluate(new DateOnly(2026, 9, 10), EvaluationResult.Unsatisfied, null, by);
        item.Reply(new DateOnly(2026, 9, 25), B, "再次答复", by);
        item.Evaluate(new DateOnly(2026, 9, 30), EvaluationResult.Satisfied, null, by);

        var then = ItemAsOf.On(item, DateOnly.Parse(asOf))!;

        Assert.Equal(status, then.Status);
        Assert.Equal(DateOnly.Parse(asOf) >= new DateOnly(2026, 9, 25), then.FollowUpPending);
    }

    [Fact]
    public void AJointItemIsClosedFromItsOpinionOn()
    {
        var item = SuggestionItem.Create(Spec(role: HandlingRole.Joint) with { AssignedOn = new DateOnly(2026, 7, 1) }, by);
        item.SignFor(new DateOnly(2026, 7, 2), by);
        item.Reply(new DateOnly(2026, 7, 20), A, "会办意见", by);

        Assert.Equal(ItemStatus.SignedFor, ItemAsOf.On(item, new DateOnly(2026, 7, 19))!.Status);
        Assert.Equal(ItemStatus.Closed, ItemAsOf.On(item, new DateOnly(2026, 7, 20))!.Status);
    }

    [Fact]
    public void DecisionsAfterTheDayAreStillPending()
    {
        var item = SuggestionItem.Create(Spec() with { AssignedOn = new DateOnly(2026, 7, 1) }, by);
        item.RequestExtension(new DateOnly(2026, 11, 13), "需会办", new DateOnly(2026, 7, 3), by);
        item.DecideExtension(approve: true, "刘局长", new DateOnly(2026, 7, 6), by);
        item.RequestReturn(new DateOnly(2026, 7, 3), "应由他单位主办", by);
        item.DecideReturn(true, new DateOnly(2026, 7, 7), "王主任", by);

        var then = ItemAsOf.On(item, new DateOnly(2026, 7, 5))!;

        Assert.Equal((ExtensionState.Requested, (string?)null), (Assert.Single(then.Extensions).State, then.Extensions[0].DecidedBy));
        Assert.Equal(ReturnState.Requested, then.Return!.State);
        Assert.Equal(ItemStatus.Assigned, then.Status);
        Assert.Equal(ItemStatus.Returned, ItemAsOf.On(item, new DateOnly(2026, 7, 7))!.Status);
        Assert.Null(ItemAsOf.On(item, new DateOnly(2026, 7, 2))!.Return);
        Assert.Null(ItemAsOf.On(item, new DateOnly(2026, 6, 30)));
    }

    [Fact]
    public void OnOrAfterTheDayOfItsLatestEventTheItemIsItselfAndKeepsItsVersion()
    {
        var stored = SuggestionItem.Restore(Replied().ToSnapshot(), version: "W/\"1\"");

        Assert.Same(stored, ItemAsOf.On(stored, new DateOnly(2026, 9, 1)));
        Assert.Same(stored, ItemAsOf.On(stored, new DateOnly(2027, 1, 1)));
        var before = ItemAsOf.On(stored, new DateOnly(2026, 8, 31))!;
        Assert.Equal(new DateOnly(2026, 8, 31), ItemAsOf.DayOfCopy(before.Version));
        Assert.Null(ItemAsOf.DayOfCopy(stored.Version));
        Assert.Empty(before.Replies);
    }

    [Fact]
    public void AFollowUpAfterTheDayIsTakenBackAndTheFollowUpIsPendingAgain()
    {
        var item = SuggestionItem.Create(Spec() with { AssignedOn = new DateOnly(2026, 7, 1) }, by);
        item.SignFor(new DateOnly(2026, 7, 2), by);
        item.Reply(new DateOnly(2026, 9, 1), B, "答复", by);
        item.RecordFollowUp(new DateOnly(2026, 11, 2), A, "已落实", by);

        var then = ItemAsOf.On(item, new DateOnly(2026, 11, 1))!;

        Assert.Equal((true, 1, "B"), (then.FollowUpPending, then.Replies.Count, then.LastReply!.ResultClass!.Code));
        Assert.False(ItemAsOf.On(item, new DateOnly(2026, 11, 2))!.FollowUpPending);
    }

    private SuggestionItem Replied()
    {
        var item = SuggestionItem.Create(Spec() with { AssignedOn = new DateOnly(2026, 7, 1) }, by);
        item.SignFor(new DateOnly(2026, 7, 2), by);
        item.Reply(new DateOnly(2026, 9, 1), A, "答复", by);
        return item;
    }
}
