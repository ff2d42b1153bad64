using SuggestionDesk.Calendar;

namespace SuggestionDesk.Core.Tests.Calendar;

public sealed class RehandlingAndExtensionTests
{
    private static readonly ResultClass A = ResultClassScheme.Default.Parse("A");
    private readonly ItemDeadlines deadlines = new(DeadlinePolicy.Default, WorkingDayCalendar.BuiltIn);
    private readonly ChangeContext by = TestClock.As();

    [Fact]
    public void ASecondUnsatisfiedEvaluationOnTheDayOfTheRehandlingReplyStartsAClockThatIsStillRunning()
    {
        var item = Replied("2026-03-02", "2026-05-06");
        item.Evaluate(new DateOnly(2026, 5, 29), EvaluationResult.Unsatisfied, null, by);
        item.Reply(new DateOnly(2026, 6, 20), A, "再次答复", by);
        item.Evaluate(new DateOnly(2026, 6, 20), EvaluationResult.Unsatisfied, "仍不满意", by);

        var rounds = deadlines.For(item).Where(d => d.Clock == DeadlineClock.Rehandling).ToArray();

        Assert.Equal(2, rounds.Length);
        Assert.Equal(new DateOnly(2026, 6, 20), rounds[0].MetOn);
        Assert.Equal(new DateOnly(2026, 6, 20), rounds[1].Start);
        Assert.Null(rounds[1].MetOn);
        Assert.Equal(new DateOnly(2026, 7, 20), Assert.Single(deadlines.Running(item, new DateOnly(2026, 6, 21))).Due);
    }

    [Fact]
    public void AnExtensionApprovedAfterTheReplyDoesNotMakeALateReplyOnTime()
    {
        var item = AssignedOn("2026-03-02");
        item.SignFor(new DateOnly(2026, 3, 3), by);
        item.RequestExtension(new DateOnly(2026, 7, 15), "需会办", new DateOnly(2026, 5, 20), by);
        item.Reply(new DateOnly(2026, 6, 10), A, "答复", by);
        item.Evaluate(new DateOnly(2026, 6, 15), EvaluationResult.Unsatisfied, null, by);
        // The item refuses to approve a first-round request during re-handling ...
        Assert.Throws<ItemRuleException>(() => item.DecideExtension(approve: true, "刘局长", new DateOnly(2026, 6, 16), by));
        // ... and a stored approval of that kind (made before the rule existed) still does not count.
        var snapshot = item.ToSnapshot();
        item = SuggestionItem.Restore(snapshot with
        {
            Extensions = [snapshot.Extensions[0] with { State = ExtensionState.Approved, DecidedBy = "刘局长", DecidedOn = new DateOnly(2026, 6, 16) }],
        }, "v1");

        var reply = deadlines.For(item).Single(d => d.Clock == DeadlineClock.Reply);
        var rehandling = deadlines.For(item).Single(d => d.Clock == DeadlineClock.Rehandling);

        Assert.Null(reply.Extension);
        Assert.Equal(new DateOnly(2026, 6, 2), reply.Due);
        Assert.Equal(DeadlineState.MetLate, reply.StatusOn(new DateOnly(2026, 6, 20), deadlines.Calendar).State);
        Assert.Null(rehandling.Extension);
    }

    [Fact]
    public void AnExtensionApprovedOnTheDayOfTheReplyCounts()
    {
        var item = AssignedOn("2026-03-02");
        item.SignFor(new DateOnly(2026, 3, 3), by);
        item.RequestExtension(new DateOnly(2026, 7, 15), "需会办", new DateOnly(2026, 5, 20), by);
        item.DecideExtension(approve: true, "刘局长", new DateOnly(2026, 6, 10), by);
        item.Reply(new DateOnly(2026, 6, 10), A, "答复", by);

        var reply = deadlines.For(item).Single(d => d.Clock == DeadlineClock.Reply);

        Assert.Equal(new DateOnly(2026, 7, 15), reply.Due);
        Assert.Equal(DeadlineState.Met, reply.StatusOn(new DateOnly(2026, 6, 20), deadlines.Calendar).State);
    }

    [Fact]
    public void AnExtensionRequestedInRehandlingMovesOnlyTheRehandlingClock()
    {
        var item = Replied("2026-03-02", "2026-05-06");
        item.Evaluate(new DateOnly(2026, 5, 29), EvaluationResult.Unsatisfied, null, by);
        deadlines.CheckExtension(item, new DateOnly(2026, 7, 31));
        item.RequestExtension(new DateOnly(2026, 7, 31), "需现场调研", new DateOnly(2026, 6, 1), by);
        item.DecideExtension(approve: true, "刘局长", new DateOnly(2026, 6, 2), by);

        var clocks = deadlines.For(item);

        Assert.Equal(new DateOnly(2026, 6, 2), clocks.Single(d => d.Clock == DeadlineClock.Reply).Due);
        Assert.Equal(new DateOnly(2026, 7, 31), clocks.Single(d => d.Clock == DeadlineClock.Rehandling).Due);
    }

    [Theory]
    [InlineData("2026-05-29")] // before the computed 2026-06-02
    [InlineData("2026-06-02")] // the computed date itself
    public void AnExtensionThatDoesNotMoveTheDueDateLaterIsRefusedNamingBothDates(string asked)
    {
        var item = AssignedOn("2026-03-02");

        var error = Assert.Throws<ItemRuleException>(() => deadlines.CheckExtension(item, DateOnly.Parse(asked)));

        Assert.Contains($"an extension to {asked} is not later than the reply due date in force, 2026-06-02", error.Message, StringComparison.Ordinal);
        Assert.Contains("Ask for a date after 2026-06-02", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ASecondExtensionMustGoPastTheFirst()
    {
        var item = AssignedOn("2026-03-02");
        item.RequestExtension(new DateOnly(2026, 7, 15), "需会办", new DateOnly(2026, 5, 20), by);
        item.DecideExtension(approve: true, "刘局长", new DateOnly(2026, 5, 21), by);

        var error = Assert.Throws<ItemRuleException>(() => deadlines.CheckExtension(item, new DateOnly(2026, 7, 1)));
        deadlines.CheckExtension(item, new DateOnly(2026, 8, 14));

        Assert.Contains("2026-07-15", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AJointOpinionCanBeExtendedOnlyPastItsOwnDueDate()
    {
        var item = AssignedOn("2026-07-01", HandlingRole.Joint);

        var error = Assert.Throws<ItemRuleException>(() => deadlines.CheckExtension(item, new DateOnly(2026, 7, 31)));
        deadlines.CheckExtension(item, new DateOnly(2026, 8, 31));

        Assert.Contains("not later than the opinion to the lead unit due date in force, 2026-08-03", error.Message, StringComparison.Ordinal);
    }

    private SuggestionItem Replied(string assigned, string replied)
    {
        var item = AssignedOn(assigned);
        item.SignFor(DateOnly.Parse(assigned).AddDays(1), by);
        item.Reply(DateOnly.Parse(replied), A, "答复", by);
        return item;
    }

    private SuggestionItem AssignedOn(string date, HandlingRole role = HandlingRole.Lead) =>
        SuggestionItem.Create(Spec(role: role) with { AssignedOn = DateOnly.Parse(date) }, by);
}
