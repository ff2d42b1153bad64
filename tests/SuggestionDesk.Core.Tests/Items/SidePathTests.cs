namespace SuggestionDesk.Core.Tests.Items;

public sealed class SidePathTests
{
    private static readonly ResultClass A = ResultClassScheme.Default.Parse("A");
    private readonly ChangeContext by = TestClock.As();

    [Fact]
    public void AnApprovedReturnEndsOurHandling()
    {
        var item = New();
        item.RequestReturn(new DateOnly(2021, 3, 17), "应由市发展改革委主办", by);

        item.DecideReturn(approve: true, new DateOnly(2021, 3, 18), "王主任", by);

        Assert.Equal(ItemStatus.Returned, item.Status);
        Assert.False(item.IsOpen);
        Assert.Equal("王主任", item.Return!.DecidedBy);
    }

    [Fact]
    public void ARejectedReturnKeepsTheItem()
    {
        var item = New();
        item.RequestReturn(new DateOnly(2021, 3, 17), "不属于本单位职责", by);

        item.DecideReturn(approve: false, new DateOnly(2021, 3, 18), "王主任", by);

        Assert.Equal(ItemStatus.Assigned, item.Status);
        Assert.Equal(ReturnState.Rejected, item.Return!.State);
    }

    [Fact]
    public void AReturnAfterTheReplyIsRefused()
    {
        var item = HandlingTests.Replied(HandlingRole.Lead, A);

        Assert.Throws<ItemRuleException>(() => item.RequestReturn(new DateOnly(2021, 5, 11), "x", by));
    }

    [Fact]
    public void AnExtensionIsRequestedThenApprovedByANamedPerson()
    {
        var item = New();
        item.RequestExtension(new DateOnly(2021, 8, 15), "需市财政局会办", new DateOnly(2021, 5, 20), by);
        Assert.Null(item.ApprovedExtension);

        item.DecideExtension(approve: true, "刘局长", new DateOnly(2021, 5, 21), by);

        Assert.Equal(new DateOnly(2021, 8, 15), item.ApprovedExtension!.NewDueDate);
        Assert.Equal("刘局长", item.ApprovedExtension.DecidedBy);
        Assert.Equal("ApproveExtension", item.PendingHistory[^1].Action);
    }

    [Fact]
    public void ASecondExtensionRequestWhileOneIsPendingIsRefused()
    {
        var item = New();
        item.RequestExtension(new DateOnly(2021, 8, 15), "原因", new DateOnly(2021, 5, 20), by);

        Assert.Throws<ItemRuleException>(() => item.RequestExtension(new DateOnly(2021, 9, 15), "原因", new DateOnly(2021, 5, 21), by));
    }

    [Fact]
    public void ADecidedDisclosureStaysOpenUntilPublished()
    {
        var item = HandlingTests.Replied(HandlingRole.Lead, A);
        item.Evaluate(new DateOnly(2021, 6, 1), EvaluationResult.Satisfied, null, by);
        item.DecideDisclosure(DisclosureDecision.Publish, new DateOnly(2021, 6, 2), null, by);
        Assert.True(item.IsOpen);

        item.RecordPublication(new DateOnly(2021, 6, 20), by);

        Assert.False(item.IsOpen);
        Assert.Equal(new DateOnly(2021, 6, 20), item.Disclosure!.PublishedOn);
    }

    [Fact]
    public void WithholdingNeedsAReason()
    {
        var item = HandlingTests.Replied(HandlingRole.Lead, A);

        Assert.Throws<ArgumentException>(() => item.DecideDisclosure(DisclosureDecision.Withhold, new DateOnly(2021, 6, 2), " ", by));
    }

    [Fact]
    public void DisclosureWithoutAReplyIsRefused()
    {
        var item = New();

        Assert.Throws<ItemRuleException>(() => item.DecideDisclosure(DisclosureDecision.Publish, new DateOnly(2021, 6, 2), null, by));
    }

    [Fact]
    public void AContactIsAppendedWithoutChangingTheItemsState()
    {
        var item = SuggestionItem.Restore(New().ToSnapshot(), version: "v1");

        var contact = item.RecordContact(new DateOnly(2021, 3, 20), ContactMethod.Visit, "上门拜访代表", by);

        Assert.False(item.HasStateChanges);
        Assert.Same(contact, Assert.Single(item.PendingContacts));
        Assert.Equal("RecordContact", item.PendingHistory[^1].Action);
        Assert.Equal(ContactMethod.Visit, contact.Method);
    }

    [Fact]
    public void AContactOnAReturnedItemIsRefused()
    {
        var item = New();
        item.RequestReturn(new DateOnly(2021, 3, 17), "x", by);
        item.DecideReturn(true, new DateOnly(2021, 3, 18), "王主任", by);

        Assert.Throws<ItemRuleException>(() => item.RecordContact(new DateOnly(2021, 3, 19), ContactMethod.Phone, null, by));
    }
}
