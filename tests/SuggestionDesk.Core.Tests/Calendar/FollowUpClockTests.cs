using SuggestionDesk.Calendar;
using SuggestionDesk.Reminders;

namespace SuggestionDesk.Core.Tests.Calendar;

public sealed class FollowUpClockTests
{
    private static readonly ResultClass A = ResultClassScheme.Default.Parse("A");
    private static readonly ResultClass B = ResultClassScheme.Default.Parse("B");
    private readonly ItemDeadlines deadlines = new(DeadlinePolicy.Default, WorkingDayCalendar.BuiltIn);
    private readonly ChangeContext by = TestClock.As();

    [Fact]
    public void AClassBReplyWithoutAPromisedDateIsFollowedUpByTheEndOfItsYear()
    {
        var item = RepliedOn("2026-05-11", B);

        var followUp = Assert.Single(deadlines.For(item), d => d.Clock == DeadlineClock.FollowUp);

        // 2026-12-31 is a Thursday, but the year's end stays put even on a day off: 年底前 means within the year.
        Assert.Equal(new DateOnly(2026, 12, 31), followUp.Due);
        Assert.Equal(new DateOnly(2026, 5, 11), followUp.Start);
        Assert.Null(followUp.Promised);
        Assert.False(followUp.IsProvisional);
        Assert.Equal("Follow-up of the class B reply due 2026-12-31: the end of the year of the reply on 2026-05-11 (December 31).", followUp.ExplainEnglish());
        Assert.Equal("跟踪反馈期限 2026-12-31：答复日 2026-05-11 所在年度年底（12月31日）。", followUp.ExplainChinese());
    }

    [Fact]
    public void TheEndOfTheYearIsKeptWhenItFallsOnADayOff()
    {
        var due = new DueDateCalculator(WorkingDayCalendar.BuiltIn).Compute(new DateOnly(2022, 6, 1), DeadlineRule.EndOfYear);

        Assert.Equal(DayOfWeek.Saturday, new DateOnly(2022, 12, 31).DayOfWeek);
        Assert.Equal(new DateOnly(2022, 12, 31), due.Date);
    }

    [Fact]
    public void APromisedDateIsTheDueDateAndTheDefaultIsExplainedBesideIt()
    {
        var item = RepliedOn("2026-05-11", B, followUpBy: "2026-09-30");

        var followUp = Assert.Single(deadlines.For(item), d => d.Clock == DeadlineClock.FollowUp);

        Assert.Equal(new DateOnly(2026, 9, 30), followUp.Due);
        Assert.Equal(new DateOnly(2026, 12, 31), followUp.Computed.Date);
        Assert.Contains("the date promised in the reply on 2026-05-11. Without a promise it would be 2026-12-31", followUp.ExplainEnglish(), StringComparison.Ordinal);
        Assert.Contains("答复日 2026-05-11 承诺的反馈日期；未承诺时为 2026-12-31", followUp.ExplainChinese(), StringComparison.Ordinal);
    }

    [Fact]
    public void ThePolicyCanGiveSomeMonthsAfterTheReplyInsteadOfTheYearsEnd()
    {
        var policy = DeadlinePolicy.Default.With(DeadlineClock.FollowUp, DeadlineRule.Months(6));
        var item = RepliedOn("2026-05-11", B);

        var followUp = new ItemDeadlines(policy, WorkingDayCalendar.BuiltIn).For(item).Single(d => d.Clock == DeadlineClock.FollowUp);

        Assert.Equal(new DateOnly(2026, 11, 11), followUp.Due);
    }

    [Fact]
    public void TheFollowUpReplyEndsTheClockAndOnlyAClassBFollowUpStartsAnother()
    {
        var item = RepliedOn("2026-05-11", B, followUpBy: "2026-09-30");
        item.Evaluate(new DateOnly(2026, 6, 1), EvaluationResult.Satisfied, null, by);
        Assert.Equal(DeadlineClock.FollowUp, deadlines.Next(item, new DateOnly(2026, 10, 8))?.Clock);
        Assert.Equal(DeadlineState.Overdue, deadlines.Next(item, new DateOnly(2026, 10, 8))!.StatusOn(new DateOnly(2026, 10, 8), deadlines.Calendar).State);

        item.RecordFollowUp(new DateOnly(2026, 10, 9), B, "已列入明年计划", by, followUpBy: new DateOnly(2027, 3, 31));
        var afterFirst = deadlines.For(item).Where(d => d.Clock == DeadlineClock.FollowUp).ToArray();
        item.RecordFollowUp(new DateOnly(2026, 11, 20), A, "已解决", by);
        var afterSecond = deadlines.For(item).Where(d => d.Clock == DeadlineClock.FollowUp).ToArray();

        Assert.Equal(2, afterFirst.Length);
        Assert.Equal((new DateOnly(2026, 10, 9), DeadlineState.MetLate), (afterFirst[0].MetOn!.Value, afterFirst[0].StatusOn(new DateOnly(2026, 11, 1), deadlines.Calendar).State));
        Assert.Equal((new DateOnly(2026, 10, 9), new DateOnly(2027, 3, 31)), (afterFirst[1].Start, afterFirst[1].Due));
        Assert.False(afterFirst[1].IsMet);
        Assert.All(afterSecond, d => Assert.True(d.IsMet));
        Assert.Empty(deadlines.Running(item, new DateOnly(2026, 11, 27)));
        Assert.False(item.IsOpen);
    }

    [Fact]
    public void AClassAReplyAndAJointOpinionRunNoFollowUpClock()
    {
        var answered = RepliedOn("2026-05-11", A);
        var joint = SuggestionItem.Create(Spec(role: HandlingRole.Joint) with { AssignedOn = new DateOnly(2026, 3, 2) }, by);
        joint.SignFor(new DateOnly(2026, 3, 3), by);
        joint.Reply(new DateOnly(2026, 4, 1), B, null, by);

        Assert.DoesNotContain(deadlines.For(answered), d => d.Clock == DeadlineClock.FollowUp);
        Assert.DoesNotContain(deadlines.For(joint), d => d.Clock == DeadlineClock.FollowUp);
    }

    [Fact]
    public void AFollowUpDateOnAnotherClassIsRefusedNamingTheClass()
    {
        var item = Signed("2026-03-02");

        var error = Assert.Throws<ItemRuleException>(() => item.Reply(new DateOnly(2026, 5, 11), A, null, by, followUpBy: new DateOnly(2026, 9, 30)));

        Assert.Contains("follow-up date (2026-09-30)", error.Message, StringComparison.Ordinal);
        Assert.Contains("class A 解决采纳", error.Message, StringComparison.Ordinal);
        Assert.Equal(ItemStatus.SignedFor, item.Status);
        Assert.Empty(item.Replies);
    }

    [Fact]
    public void AFollowUpDateBeforeTheReplyIsRefused()
    {
        var item = Signed("2026-03-02");

        var error = Assert.Throws<ItemRuleException>(() => item.Reply(new DateOnly(2026, 5, 11), B, null, by, followUpBy: new DateOnly(2026, 5, 10)));

        Assert.Contains("the follow-up date 2026-05-10 is before the reply on 2026-05-11", error.Message, StringComparison.Ordinal);
        Assert.Empty(item.Replies);
    }

    [Fact]
    public void AJointOpinionCarriesNoFollowUpDate()
    {
        var joint = SuggestionItem.Create(Spec(role: HandlingRole.Joint) with { AssignedOn = new DateOnly(2026, 3, 2) }, by);
        joint.SignFor(new DateOnly(2026, 3, 3), by);

        var error = Assert.Throws<ItemRuleException>(() => joint.Reply(new DateOnly(2026, 4, 1), B, null, by, followUpBy: new DateOnly(2026, 9, 30)));

        Assert.Contains("Joint (会办) item", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ThePromisedDateIsKeptInTheHistory()
    {
        var item = RepliedOn("2026-05-11", B, followUpBy: "2026-09-30");

        var reply = item.PendingHistory.Last();

        Assert.Contains(reply.Changes, c => c.Field == "Replies[1].FollowUpBy" && c.To == "2026-09-30");
        Assert.Equal("Reply 2026-05-11 B → 2026-09-30", HistoryText.Describe(reply));
    }

    [Fact]
    public void TheReminderPlannerChasesTheFollowUpLikeAnyClock()
    {
        var item = RepliedOn("2026-05-11", B, followUpBy: "2026-09-30");
        item.Evaluate(new DateOnly(2026, 6, 1), EvaluationResult.Satisfied, null, by);
        var planner = new ReminderPlanner(deadlines, ReminderPolicy.Default, new ReminderDirectory(null, new Dictionary<string, string>()));

        var plan = planner.Plan([item], new DateOnly(2026, 9, 16), new HashSet<ReminderKey>());

        var line = Assert.Single(Assert.Single(plan.Messages).Reminders.SelectMany(s => s.Lines));
        Assert.Equal(("FollowUp", "跟踪反馈", new DateOnly(2026, 9, 30)), (line.Clock, line.ClockChinese, line.Due));
        Assert.Equal(ReminderKind.BeforeDue, line.Stage.Kind);
    }

    private SuggestionItem Signed(string assigned)
    {
        var item = SuggestionItem.Create(Spec() with { AssignedOn = DateOnly.Parse(assigned, System.Globalization.CultureInfo.InvariantCulture) }, by);
        item.SignFor(item.AssignedOn.AddDays(1), by);
        return item;
    }

    private SuggestionItem RepliedOn(string date, ResultClass resultClass, string? followUpBy = null)
    {
        var item = Signed("2026-03-02");
        item.Reply(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), resultClass, null, by,
            followUpBy is null ? null : DateOnly.Parse(followUpBy, System.Globalization.CultureInfo.InvariantCulture));
        return item;
    }
}
