using SuggestionDesk.Actions;
using SuggestionDesk.Calendar;

namespace SuggestionDesk.Core.Tests.Actions;

public sealed class ActionRulesTests
{
    private static readonly ItemDeadlines Deadlines = new(DeadlinePolicy.Default, WorkingDayCalendar.BuiltIn);
    private static readonly DateOnly Today = new(2026, 11, 27);
    private readonly ChangeContext by = TestClock.As();

    [Fact]
    public void AnItemJustAssignedOffersSignForContactExtensionAndReturnButNotProgressNorReply()
    {
        var item = Assigned();

        Assert.Equal([ItemAction.SignFor, ItemAction.LogContact, ItemAction.RequestExtension, ItemAction.RequestReturn], Open(item));
        Assert.Equal(ActionBlock.NotSignedFor, ActionRules.Blocked(item, ItemAction.Reply, Deadlines, Today));
    }

    [Fact]
    public void OnceSignedForProgressAndReplyOpenAndSignForCloses()
    {
        var item = Assigned();
        item.SignFor(new DateOnly(2026, 11, 26), by);

        Assert.Equal([ItemAction.LogContact, ItemAction.ReportProgress, ItemAction.RequestExtension, ItemAction.RequestReturn, ItemAction.Reply], Open(item));
        Assert.Equal(ActionBlock.AlreadySignedFor, ActionRules.Blocked(item, ItemAction.SignFor, Deadlines, Today));
    }

    [Fact]
    public void TheReturnLinkGoesWhenItsWindowCloses()
    {
        var item = Assigned(new DateOnly(2026, 11, 16)); // 5 working days: the window closed on 2026-11-23

        Assert.DoesNotContain(ItemAction.RequestReturn, Open(item));
        Assert.Equal(ActionBlock.ReturnWindowClosed, ActionRules.Blocked(item, ItemAction.RequestReturn, Deadlines, Today));
    }

    [Fact]
    public void APendingRequestIsNotAskedForTwice()
    {
        var item = Assigned();
        item.RequestExtension(new DateOnly(2027, 4, 30), "需协调多部门", Today, by);
        item.RequestReturn(Today, "不属于本单位职责", by);

        Assert.Equal(ActionBlock.ExtensionPending, ActionRules.Blocked(item, ItemAction.RequestExtension, Deadlines, Today));
        Assert.Equal(ActionBlock.ReturnPending, ActionRules.Blocked(item, ItemAction.RequestReturn, Deadlines, Today));
    }

    [Fact]
    public void AReplyAwaitingEvaluationLeavesOnlyTheContactButAClassBReplyOpensItsFollowUp()
    {
        var replied = Assigned();
        replied.SignFor(new DateOnly(2026, 11, 26), by);
        replied.Reply(Today, ResultClassScheme.Default.Parse("A"), "答复", by);
        var classB = Assigned();
        classB.SignFor(new DateOnly(2026, 11, 26), by);
        classB.Reply(Today, ResultClassScheme.Default.Parse("B"), "正在解决", by);

        Assert.Equal([ItemAction.LogContact], Open(replied));
        Assert.Equal(ActionBlock.AlreadyReplied, ActionRules.Blocked(replied, ItemAction.Reply, Deadlines, Today));
        Assert.Equal([ItemAction.LogContact, ItemAction.ReportProgress, ItemAction.Reply], Open(classB));
    }

    [Fact]
    public void AReturnedItemOffersNothing()
    {
        var item = Assigned();
        item.RequestReturn(Today, "不属于本单位职责", by);
        item.DecideReturn(true, Today, "王主任", by);

        Assert.Empty(Open(item));
        Assert.All(Enum.GetValues<ItemAction>(), a => Assert.Equal(ActionBlock.Returned, ActionRules.Blocked(item, a, Deadlines, Today)));
    }

    [Fact]
    public void AnActionTheOfficeTurnedOffIsNeverOffered()
    {
        var item = Assigned();
        item.SignFor(new DateOnly(2026, 11, 26), by);
        var policy = ActionLinkPolicy.Default with { Disabled = [ItemAction.Reply, ItemAction.RequestReturn] };

        Assert.Equal([ItemAction.LogContact, ItemAction.ReportProgress, ItemAction.RequestExtension], ActionRules.Open(item, Deadlines, Today, policy));
        Assert.Equal([ItemAction.SignFor, ItemAction.LogContact, ItemAction.ReportProgress, ItemAction.RequestExtension], policy.Enabled);
    }

    [Fact]
    public void APolicyNamesALifetimeItCannotUse()
    {
        var error = Assert.Throws<ArgumentException>(() => (ActionLinkPolicy.Default with { LifetimeDays = 120 }).Validated());

        Assert.Contains("120 days", error.Message, StringComparison.Ordinal);
        Assert.Contains("1 to 90", error.Message, StringComparison.Ordinal);
    }

    private static ItemAction[] Open(SuggestionItem item) => ActionRules.Open(item, Deadlines, Today, ActionLinkPolicy.Default).ToArray();

    private SuggestionItem Assigned(DateOnly? on = null) => SuggestionItem.Create(Spec() with { AssignedOn = on ?? new DateOnly(2026, 11, 25) }, by);
}
