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

        var error = Assert.Throws<ItemRuleException>(() => item.RequestReturn(new DateOnly(2021, 5, 11), "x", by));

        Assert.Contains("cannot ask to return it while it is Replied", error.Message, StringComparison.Ordinal);
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

        var error = Assert.Throws<ItemRuleException>(() => item.RequestExtension(new DateOnly(2021, 9, 15), "原因", new DateOnly(2021, 5, 21), by));

        Assert.Contains("already waiting for a decision", error.Message, StringComparison.Ordinal);
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

        var error = Assert.Throws<ArgumentException>(() => item.DecideDisclosure(DisclosureDecision.Withhold, new DateOnly(2021, 6, 2), " ", by));

        Assert.Equal("Suggestion '20210347': Reason for not publishing is missing. Give a non-empty value.", error.Message);
    }

    [Fact]
    public void DisclosureWithoutAReplyIsRefused()
    {
        var item = New();

        var error = Assert.Throws<ItemRuleException>(() => item.DecideDisclosure(DisclosureDecision.Publish, new DateOnly(2021, 6, 2), null, by));

        Assert.Contains("there is no reply yet", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AContactIsAppendedWithoutChangingTheItemsState()
    {
        var item = SuggestionItem.Restore(New().ToSnapshot(), version: "v1");

        var contact = item.RecordContact(new DateOnly(2021, 3, 20), ContactMethod.Visit, "上门拜访代表", by);

        Assert.False(item.HasStateChanges);
        Assert.Empty(item.PendingHistory);
        var pending = Assert.Single(item.PendingContacts);
        Assert.Same(contact, pending.Contact);
        Assert.Equal("RecordContact", pending.Entry.Action);
        Assert.Contains(new FieldChange($"Contacts[{contact.Id:N}].Note", null, "上门拜访代表"), pending.Entry.Changes);
        Assert.Equal(ContactMethod.Visit, contact.Method);
    }

    [Fact]
    public void AContactOnAReturnedItemIsRefused()
    {
        var item = New();
        item.RequestReturn(new DateOnly(2021, 3, 17), "x", by);
        item.DecideReturn(true, new DateOnly(2021, 3, 18), "王主任", by);

        var error = Assert.Throws<ItemRuleException>(() => item.RecordContact(new DateOnly(2021, 3, 19), ContactMethod.Phone, null, by));

        Assert.Contains("it was returned", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AReturnCannotBeApprovedOnceRepliedAndNoReplyWhileAReturnIsPending()
    {
        var item = New();
        item.SignFor(new DateOnly(2021, 3, 16), by);
        item.RequestReturn(new DateOnly(2021, 3, 17), "不属于本单位职责", by);

        var error = Assert.Throws<ItemRuleException>(() => item.Reply(new DateOnly(2021, 5, 10), A, "答复", by));

        Assert.Contains("a return requested on 2021-03-17 is waiting for a decision", error.Message, StringComparison.Ordinal);
        Assert.Equal(ItemStatus.SignedFor, item.Status);
    }

    [Fact]
    public void AJointItemsReplyIsNeitherPublishedNorFollowedUpByUs()
    {
        var item = HandlingTests.Replied(HandlingRole.Joint, ResultClassScheme.Default.Parse("B"));

        var error = Assert.Throws<ItemRuleException>(() => item.DecideDisclosure(DisclosureDecision.Publish, new DateOnly(2021, 6, 2), null, by));

        Assert.Contains("the lead unit", error.Message, StringComparison.Ordinal);
        Assert.False(item.FollowUpPending);
        Assert.False(item.IsOpen);
    }

    [Fact]
    public void APublicationMayBeDatedBeforeALaterEvaluation()
    {
        var item = HandlingTests.Replied(HandlingRole.Lead, A);
        item.DecideDisclosure(DisclosureDecision.Publish, new DateOnly(2021, 5, 11), null, by);
        item.Evaluate(new DateOnly(2021, 6, 10), EvaluationResult.Satisfied, null, by);

        item.RecordPublication(new DateOnly(2021, 6, 5), by);

        Assert.Equal(new DateOnly(2021, 6, 5), item.Disclosure!.PublishedOn);
    }

    [Fact]
    public void AnExtensionCannotBeApprovedAfterTheReply()
    {
        var item = New();
        item.SignFor(new DateOnly(2021, 3, 16), by);
        item.RequestExtension(new DateOnly(2021, 8, 15), "原因", new DateOnly(2021, 5, 20), by);
        item.Reply(new DateOnly(2021, 5, 25), A, "答复", by);

        var error = Assert.Throws<ItemRuleException>(() => item.DecideExtension(true, "刘局长", new DateOnly(2021, 5, 26), by));
        item.DecideExtension(false, "刘局长", new DateOnly(2021, 5, 26), by);

        Assert.Contains("cannot approve an extension while it is Replied", error.Message, StringComparison.Ordinal);
        Assert.Equal(ExtensionState.Rejected, item.Extensions[0].State);
    }

    [Fact]
    public void AnExtensionAskedForTheFirstReplyCannotBeApprovedDuringRehandling()
    {
        var item = New();
        item.SignFor(new DateOnly(2021, 3, 16), by);
        item.RequestExtension(new DateOnly(2021, 8, 15), "原因", new DateOnly(2021, 5, 20), by);
        item.Reply(new DateOnly(2021, 5, 25), A, "答复", by);
        item.Evaluate(new DateOnly(2021, 6, 1), EvaluationResult.Unsatisfied, null, by);

        var error = Assert.Throws<ItemRuleException>(() => item.DecideExtension(true, "刘局长", new DateOnly(2021, 6, 2), by));

        Assert.Contains("for the first reply, before the re-handling that began on 2021-06-01", error.Message, StringComparison.Ordinal);
    }
}
