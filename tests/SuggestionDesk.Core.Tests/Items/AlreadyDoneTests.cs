using SuggestionDesk.Calendar;

namespace SuggestionDesk.Core.Tests.Items;

/// <summary>A step already taken says so, with its date, instead of a generic state error.</summary>
public sealed class AlreadyDoneTests
{
    private static readonly ResultClass A = ResultClassScheme.Default.Parse("A");
    private readonly ChangeContext by = TestClock.As();

    [Fact]
    public void PublishingTwiceNamesThePublicationDate()
    {
        var item = Replied();
        item.Publish(new DateOnly(2021, 8, 30), note: null, by);

        var error = Assert.Throws<ItemRuleException>(() => item.Publish(new DateOnly(2021, 9, 1), note: null, by));

        Assert.Equal("Suggestion '20210347': the reply was already published on 2021-08-30; nothing to record.", error.Message);
    }

    [Fact]
    public void ReplyingTwiceNamesTheReplyAndItsClass()
    {
        var item = Replied();

        var error = Assert.Throws<ItemRuleException>(() => item.Reply(new DateOnly(2021, 6, 1), A, text: null, by));

        Assert.Equal("Suggestion '20210347': it was already replied to on 2021-05-20 (class A); a recorded reply is not replaced.", error.Message);
    }

    [Fact]
    public void AJointOpinionSentTwiceSaysItWasAnswered()
    {
        var item = New(role: HandlingRole.Joint);
        item.SignFor(new DateOnly(2021, 3, 16), by);
        item.Reply(new DateOnly(2021, 4, 9), resultClass: null, text: null, by);

        var error = Assert.Throws<ItemRuleException>(() => item.Reply(new DateOnly(2021, 4, 10), resultClass: null, text: null, by));

        Assert.Equal("Suggestion '20210347': it was already answered with the opinion to the lead unit on 2021-04-09; a recorded reply is not replaced.", error.Message);
    }

    [Fact]
    public void EvaluatingTwiceNamesTheEvaluation()
    {
        var item = Replied();
        item.Evaluate(new DateOnly(2021, 6, 10), EvaluationResult.Satisfied, comment: null, by);

        var error = Assert.Throws<ItemRuleException>(() => item.Evaluate(new DateOnly(2021, 6, 11), EvaluationResult.Satisfied, comment: null, by));

        Assert.Contains("its evaluation was already recorded on 2021-06-10 (Satisfied)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DecidingAReturnTwiceNamesTheDecision()
    {
        var item = Returned();

        var error = Assert.Throws<ItemRuleException>(() => item.DecideReturn(approve: true, new DateOnly(2021, 3, 19), "王主任", by));

        Assert.Equal("Suggestion '20210347': the return asked for on 2021-03-17 was already approved on 2021-03-18 by 王主任; nothing is waiting for a decision.", error.Message);
    }

    [Fact]
    public void DecidingAnExtensionTwiceNamesTheDecision()
    {
        var item = New();
        item.RequestExtension(new DateOnly(2021, 8, 15), "需协调多个部门", new DateOnly(2021, 5, 10), by);
        item.DecideExtension(approve: true, "王局长", new DateOnly(2021, 5, 11), by);

        var error = Assert.Throws<ItemRuleException>(() => item.DecideExtension(approve: true, "王局长", new DateOnly(2021, 5, 12), by));

        Assert.Contains("the extension to 2021-08-15 asked for on 2021-05-10 was already approved on 2021-05-11 by 王局长", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AStepOnAReturnedItemSaysItWasReturned()
    {
        var item = Returned();

        var error = Assert.Throws<ItemRuleException>(() => item.SignFor(new DateOnly(2021, 3, 19), by));

        Assert.Equal("Suggestion '20210347': it was returned on 2021-03-18 (approved by 王主任); nothing more is due from the office, so it cannot sign for it.", error.Message);
    }

    [Fact]
    public void AReturnedItemHasNoRunningClockAndEveryUnmetClockSaysWhyItEnded()
    {
        var item = Returned();
        var deadlines = new ItemDeadlines(DeadlinePolicy.Default, WorkingDayCalendar.BuiltIn);
        var asOf = new DateOnly(2021, 9, 1);

        Assert.Empty(deadlines.Running(item, asOf));
        var unmet = deadlines.For(item).Where(d => !d.IsMet).ToArray();
        Assert.Equal([DeadlineClock.SignFor, DeadlineClock.Reply], unmet.Select(d => d.Clock));
        Assert.All(unmet, d =>
        {
            var status = d.StatusOn(asOf, deadlines.Calendar);
            Assert.Equal(DeadlineState.Ended, status.State);
            Assert.Equal("ended: returned on 2021-03-18 (approved by 王主任); nothing is due", status.ToString());
            Assert.Equal("已终止：已于2021-03-18退回（王主任批准），无需再办", status.ToChinese());
        });
    }

    [Fact]
    public void HistoryEntriesReadLikeARecord()
    {
        var item = New();
        item.SignFor(new DateOnly(2021, 3, 16), by);
        item.RecordContact(new DateOnly(2021, 3, 20), ContactMethod.Phone, "与代表电话沟通办理方案", by);
        item.Reply(new DateOnly(2021, 5, 20), A, text: "答复", by);
        item.Evaluate(new DateOnly(2021, 6, 10), EvaluationResult.BasicallySatisfied, comment: null, by);

        var lines = item.PendingHistory.Concat(item.PendingContacts.Select(c => c.Entry)).Select(HistoryText.Describe).ToArray();

        Assert.Equal(
        [
            "Create 2021-03-15 主办 规划发展处 李四",
            "SignFor 2021-03-16",
            "Reply 2021-05-20 A",
            "Evaluate 2021-06-10 基本满意",
            "Contact 2021-03-20 电话 办时: 与代表电话沟通办理方案",
        ], lines);
        Assert.DoesNotContain(lines, l => l.Contains("Contacts[", StringComparison.Ordinal) || l.Contains("Replies[", StringComparison.Ordinal));
    }

    private SuggestionItem Replied()
    {
        var item = New();
        item.SignFor(new DateOnly(2021, 3, 16), by);
        item.Reply(new DateOnly(2021, 5, 20), A, text: null, by);
        return item;
    }

    private SuggestionItem Returned()
    {
        var item = New();
        item.RequestReturn(new DateOnly(2021, 3, 17), "应由市发展改革委主办", by);
        item.DecideReturn(approve: true, new DateOnly(2021, 3, 18), "王主任", by);
        return item;
    }
}
