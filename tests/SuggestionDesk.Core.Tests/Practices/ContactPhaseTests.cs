namespace SuggestionDesk.Core.Tests.Practices;

/// <summary>
/// A contact's phase when none is given: placed by where the item stood when the contact's day began. Sample item:
/// assigned 2021-03-15, signed for 2021-03-18, replied 2021-05-20, evaluated unsatisfied 2021-06-10, replied again 2021-07-01.
/// </summary>
public sealed class ContactPhaseTests
{
    private static readonly ResultClass A = ResultClassScheme.Default.Parse("A");
    private static readonly ResultClass B = ResultClassScheme.Default.Parse("B");
    private readonly ChangeContext by = TestClock.As();

    [Theory]
    [InlineData("2021-03-15", ContactPhase.Before)] // the assignment day
    [InlineData("2021-03-18", ContactPhase.Before)] // the sign-for day itself
    [InlineData("2021-03-19", ContactPhase.During)] // the day after the sign-for
    [InlineData("2021-05-20", ContactPhase.During)] // the reply day itself
    [InlineData("2021-05-21", ContactPhase.After)] // the day after the reply
    [InlineData("2021-06-10", ContactPhase.After)] // the day of the unsatisfied evaluation
    [InlineData("2021-06-11", ContactPhase.During)] // re-handling
    [InlineData("2021-07-01", ContactPhase.During)] // the re-handling reply's day
    [InlineData("2021-07-02", ContactPhase.After)] // after the re-handling reply
    public void WithoutAPhaseAContactIsPlacedByWhereTheItemStoodWhenItsDayBegan(string date, ContactPhase expected)
    {
        var item = Rehandled();

        var contact = item.RecordContact(DateOnly.Parse(date), ContactMethod.Phone, null, by);

        Assert.Equal(expected, contact.Phase);
        Assert.Equal(expected, ContactPhases.Infer(item.ToSnapshot(), DateOnly.Parse(date)));
    }

    [Fact]
    public void AnItemNotYetSignedForIsBeforeHandlingWhateverTheDate()
    {
        var item = New();

        Assert.Equal(ContactPhase.Before, item.RecordContact(new DateOnly(2021, 5, 1), ContactMethod.Visit, null, by).Phase);
    }

    [Fact]
    public void AfterAJointOpinionAContactIsAfterHandling()
    {
        var item = New(role: HandlingRole.Joint);
        item.SignFor(new DateOnly(2021, 3, 16), by);
        item.Reply(new DateOnly(2021, 4, 10), null, "会办意见", by);

        Assert.Equal(ContactPhase.During, ContactPhases.Infer(item.ToSnapshot(), new DateOnly(2021, 4, 10)));
        Assert.Equal(ContactPhase.After, ContactPhases.Infer(item.ToSnapshot(), new DateOnly(2021, 4, 11)));
    }

    [Fact]
    public void AFollowUpToAClassBReplyKeepsLaterContactsAfterHandling()
    {
        var item = New();
        item.SignFor(new DateOnly(2021, 3, 16), by);
        item.Reply(new DateOnly(2021, 5, 20), B, "列入计划", by);
        item.RecordFollowUp(new DateOnly(2021, 9, 1), A, "已落实", by);

        Assert.Equal(ContactPhase.After, ContactPhases.Infer(item.ToSnapshot(), new DateOnly(2021, 9, 2)));
    }

    [Fact]
    public void AGivenPhaseIsKeptOverTheDates()
    {
        var item = Rehandled();

        var contact = item.RecordContact(new DateOnly(2021, 3, 16), ContactMethod.Meeting, "办前座谈", by, ContactPhase.During);

        Assert.Equal(ContactPhase.During, contact.Phase);
    }

    [Fact]
    public void AfterHandlingIsRefusedForAContactBeforeAnyReply()
    {
        var item = New();
        item.SignFor(new DateOnly(2021, 3, 16), by);

        var error = Assert.Throws<ItemRuleException>(() => item.RecordContact(new DateOnly(2021, 4, 2), ContactMethod.Visit, null, by, ContactPhase.After));

        Assert.Contains("after handling (办后) follows the reply", error.Message, StringComparison.Ordinal);
        Assert.Contains("2021-04-02", error.Message, StringComparison.Ordinal);
        Assert.Empty(item.PendingContacts);
    }

    [Fact]
    public void TheHistoryRecordsThePhase()
    {
        var item = Rehandled();

        item.RecordContact(new DateOnly(2021, 5, 21), ContactMethod.Visit, "征求意见", by);
        var entry = item.PendingContacts.Single().Entry;

        Assert.EndsWith(".Phase", entry.Changes[^1].Field, StringComparison.Ordinal);
        Assert.Equal("After", entry.Changes[^1].To);
        Assert.Equal("Contact 2021-05-21 上门 办后: 征求意见", HistoryText.Describe(entry));
    }

    [Theory]
    [InlineData("办前", ContactPhase.Before)]
    [InlineData("办前商谈", ContactPhase.Before)]
    [InlineData("during", ContactPhase.During)]
    [InlineData("办时共商", ContactPhase.During)]
    [InlineData("办后征询", ContactPhase.After)]
    [InlineData("AFTER", ContactPhase.After)]
    public void PhasesReadInEitherLanguage(string word, ContactPhase expected)
    {
        Assert.True(ContactPhases.Words.TryRead(word, out var phase));
        Assert.Equal(expected, phase);
    }

    private SuggestionItem Rehandled()
    {
        var item = New();
        item.SignFor(new DateOnly(2021, 3, 18), by);
        item.Reply(new DateOnly(2021, 5, 20), A, "答复", by);
        item.Evaluate(new DateOnly(2021, 6, 10), EvaluationResult.Unsatisfied, "不满意", by);
        item.Reply(new DateOnly(2021, 7, 1), A, "重新答复", by);
        return item;
    }
}
