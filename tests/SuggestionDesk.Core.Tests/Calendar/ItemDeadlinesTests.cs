using SuggestionDesk.Calendar;

namespace SuggestionDesk.Core.Tests.Calendar;

public sealed class ItemDeadlinesTests
{
    private static readonly ResultClass A = ResultClassScheme.Default.Parse("A");
    private readonly ItemDeadlines deadlines = new(DeadlinePolicy.Default, WorkingDayCalendar.BuiltIn);
    private readonly ChangeContext by = TestClock.As();

    [Fact]
    public void ANewLeadItemRunsSignForReturnAndReplyClocksFromTheAssignment()
    {
        var item = AssignedOn("2026-07-01");

        var clocks = deadlines.For(item).ToDictionary(d => d.Clock, d => d.Due);

        Assert.Equal(new DateOnly(2026, 7, 6), clocks[DeadlineClock.SignFor]);
        Assert.Equal(new DateOnly(2026, 7, 8), clocks[DeadlineClock.Return]);
        Assert.Equal(new DateOnly(2026, 10, 8), clocks[DeadlineClock.Reply]);
        Assert.DoesNotContain(DeadlineClock.JointOpinion, clocks.Keys);
    }

    [Fact]
    public void AJointItemOwesItsOpinionWithinOneMonth()
    {
        var item = AssignedOn("2026-07-01", HandlingRole.Joint);

        var opinion = Assert.Single(deadlines.For(item), d => d.Clock == DeadlineClock.JointOpinion);

        Assert.Equal(new DateOnly(2026, 8, 3), opinion.Due);
        Assert.Contains("2026-08-01..02 周末", opinion.ExplainChinese(), StringComparison.Ordinal);
    }

    [Fact]
    public void RulesAreConfigurablePerKindAndPerRole()
    {
        var policy = DeadlinePolicy.Default
            .With(DeadlineClock.Reply, DeadlineRule.Months(5), kind: ItemKind.Proposal)
            .With(DeadlineClock.Reply, DeadlineRule.Months(2), role: HandlingRole.Split)
            .With(DeadlineClock.Reply, DeadlineRule.Months(4), ItemKind.Proposal, HandlingRole.Split);

        Assert.Equal(DeadlineRule.Months(3), policy.RuleFor(DeadlineClock.Reply, ItemKind.Suggestion, HandlingRole.Lead));
        Assert.Equal(DeadlineRule.Months(5), policy.RuleFor(DeadlineClock.Reply, ItemKind.Proposal, HandlingRole.Lead));
        Assert.Equal(DeadlineRule.Months(2), policy.RuleFor(DeadlineClock.Reply, ItemKind.Suggestion, HandlingRole.Split));
        Assert.Equal(DeadlineRule.Months(4), policy.RuleFor(DeadlineClock.Reply, ItemKind.Proposal, HandlingRole.Split));
        Assert.Equal(DeadlineRule.Months(3), DeadlinePolicy.Default.RuleFor(DeadlineClock.Reply, ItemKind.Proposal, HandlingRole.Lead));
    }

    [Fact]
    public void AProposalUnderAFiveMonthPolicyIsDueFiveMonthsAfterAssignment()
    {
        var policy = DeadlinePolicy.Default.With(DeadlineClock.Reply, DeadlineRule.Months(5), kind: ItemKind.Proposal);
        var item = SuggestionItem.Create(Spec() with { Kind = ItemKind.Proposal, AssignedOn = new DateOnly(2026, 3, 2) }, by);

        var reply = new ItemDeadlines(policy, WorkingDayCalendar.BuiltIn).For(item).Single(d => d.Clock == DeadlineClock.Reply);

        Assert.Equal(new DateOnly(2026, 8, 3), reply.Due);
    }

    [Fact]
    public void AnApprovedExtensionReplacesTheComputedDateAndIsExplained()
    {
        var item = AssignedOn("2026-03-02");
        item.RequestExtension(new DateOnly(2026, 7, 15), "需市财政局会办", new DateOnly(2026, 5, 20), by);
        item.DecideExtension(approve: true, "刘局长", new DateOnly(2026, 5, 21), by);

        var reply = deadlines.For(item).Single(d => d.Clock == DeadlineClock.Reply);

        Assert.Equal(new DateOnly(2026, 7, 15), reply.Due);
        Assert.Equal(new DateOnly(2026, 6, 2), reply.Computed.Date);
        Assert.Contains("extended to this date by 刘局长 on 2026-05-21", reply.ExplainEnglish(), StringComparison.Ordinal);
        Assert.Contains("经刘局长于2026-05-21批准延期至此日", reply.ExplainChinese(), StringComparison.Ordinal);
    }

    [Fact]
    public void ARejectedExtensionChangesNothing()
    {
        var item = AssignedOn("2026-03-02");
        item.RequestExtension(new DateOnly(2026, 7, 15), "原因", new DateOnly(2026, 5, 20), by);
        item.DecideExtension(approve: false, "刘局长", new DateOnly(2026, 5, 21), by);

        Assert.Equal(new DateOnly(2026, 6, 2), deadlines.For(item).Single(d => d.Clock == DeadlineClock.Reply).Due);
    }

    [Fact]
    public void AnExtensionPastSixMonthsAfterAssignmentIsRefusedNamingTheLimit()
    {
        var item = AssignedOn("2026-03-02");

        var error = Assert.Throws<ItemRuleException>(() => deadlines.CheckExtension(item, new DateOnly(2026, 9, 3)));
        deadlines.CheckExtension(item, new DateOnly(2026, 9, 2));

        Assert.Contains("2026-09-03", error.Message, StringComparison.Ordinal);
        Assert.Contains("6 months after the assignment on 2026-03-02, which is 2026-09-02", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnsatisfiedEvaluationStartsANewReplyClock()
    {
        var item = AssignedOn("2026-03-02");
        item.SignFor(new DateOnly(2026, 3, 3), by);
        item.Reply(new DateOnly(2026, 5, 6), A, "答复", by);
        item.Evaluate(new DateOnly(2026, 5, 29), EvaluationResult.Unsatisfied, null, by);

        var rehandling = deadlines.For(item).Single(d => d.Clock == DeadlineClock.Rehandling);
        var reply = deadlines.For(item).Single(d => d.Clock == DeadlineClock.Reply);

        Assert.Equal(new DateOnly(2026, 5, 29), rehandling.Start);
        Assert.Equal(new DateOnly(2026, 6, 29), rehandling.Due);
        Assert.False(rehandling.IsMet);
        Assert.Equal(new DateOnly(2026, 5, 6), reply.MetOn);
        Assert.Equal(DeadlineClock.Rehandling, Assert.Single(deadlines.Running(item, new DateOnly(2026, 6, 1))).Clock);

        item.Reply(new DateOnly(2026, 6, 20), A, "再次答复", by);
        Assert.Equal(new DateOnly(2026, 6, 20), deadlines.For(item).Single(d => d.Clock == DeadlineClock.Rehandling).MetOn);
        Assert.Empty(deadlines.Running(item, new DateOnly(2026, 6, 21)));
    }

    [Fact]
    public void ADecisionToPublishStartsTheDisclosureClockFromTheReply()
    {
        var item = AssignedOn("2025-03-03");
        item.SignFor(new DateOnly(2025, 3, 4), by);
        item.Reply(new DateOnly(2025, 9, 22), A, "答复", by);
        item.DecideDisclosure(DisclosureDecision.Publish, new DateOnly(2025, 9, 23), null, by);

        var disclosure = deadlines.For(item).Single(d => d.Clock == DeadlineClock.Disclosure);

        Assert.Equal(new DateOnly(2025, 10, 24), disclosure.Due);
        Assert.Equal(DeadlineState.Overdue, disclosure.StatusOn(new DateOnly(2025, 10, 27), deadlines.Calendar).State);
    }

    [Theory]
    [InlineData("2026-09-01", DeadlineState.NotYetDue, "due in 37 days", "还剩37天")]
    [InlineData("2026-10-01", DeadlineState.DueSoon, "due in 7 days", "还剩7天")]
    [InlineData("2026-10-08", DeadlineState.DueToday, "due today", "今天到期")]
    [InlineData("2026-10-09", DeadlineState.Overdue, "overdue by 1 working day", "已逾期1个工作日")]
    [InlineData("2026-10-13", DeadlineState.Overdue, "overdue by 4 working days", "已逾期4个工作日")] // counts the make-up Saturday 10-10
    public void StatusOnADaySaysHowFarTheDueDateIs(string asOf, DeadlineState state, string english, string chinese)
    {
        var reply = deadlines.For(AssignedOn("2026-07-01")).Single(d => d.Clock == DeadlineClock.Reply);

        var status = reply.StatusOn(DateOnly.Parse(asOf), deadlines.Calendar);

        Assert.Equal(state, status.State);
        Assert.Equal(english, status.ToString());
        Assert.Equal(chinese, status.ToChinese());
    }

    [Fact]
    public void AClockMetLateSaysByHowManyWorkingDays()
    {
        var item = AssignedOn("2026-09-30");
        item.SignFor(new DateOnly(2026, 10, 13), by);

        var signFor = deadlines.For(item).Single(d => d.Clock == DeadlineClock.SignFor).StatusOn(new DateOnly(2026, 11, 1), deadlines.Calendar);

        Assert.Equal(DeadlineState.MetLate, signFor.State);
        Assert.Equal(2, signFor.WorkingDaysLate);
    }

    [Fact]
    public void AReturnedItemHasNothingRunning()
    {
        var item = AssignedOn("2026-11-23");
        item.RequestReturn(new DateOnly(2026, 11, 24), "应由他单位主办", by);
        item.DecideReturn(true, new DateOnly(2026, 11, 25), "王主任", by);

        Assert.Empty(deadlines.Running(item, new DateOnly(2026, 11, 26)));
    }

    [Fact]
    public void TheReturnWindowClosesRatherThanFallsOverdue()
    {
        var item = AssignedOn("2026-11-02");

        var window = deadlines.For(item).Single(d => d.Clock == DeadlineClock.Return);

        Assert.Equal(DeadlineState.WindowClosed, window.StatusOn(new DateOnly(2026, 11, 20), deadlines.Calendar).State);
        Assert.DoesNotContain(deadlines.Running(item, new DateOnly(2026, 11, 20)), d => d.Clock == DeadlineClock.Return);
    }

    [Fact]
    public void AReturnAfterTheWindowIsRefusedNamingTheWindow()
    {
        var item = AssignedOn("2026-09-28");

        deadlines.CheckReturn(item, new DateOnly(2026, 10, 10));
        var error = Assert.Throws<ItemRuleException>(() => deadlines.CheckReturn(item, new DateOnly(2026, 10, 12)));

        Assert.Contains("closed on 2026-10-10 (5 working days after the assignment on 2026-09-28); 2026-10-12 is too late", error.Message, StringComparison.Ordinal);
    }

    private SuggestionItem AssignedOn(string date, HandlingRole role = HandlingRole.Lead) =>
        SuggestionItem.Create(Spec(role: role) with { AssignedOn = DateOnly.Parse(date) }, by);
}
