using SuggestionDesk.Calendar;
using SuggestionDesk.Reporting;

namespace SuggestionDesk.Core.Tests.Reporting;

/// <summary>
/// Overdue as of a date: a sign-for, reply, Joint-opinion or re-handling clock past its due date without the
/// step done. An item assigned 2026-07-01 is due to be signed for on 07-06 and replied to on 10-08 (Joint
/// opinion: 08-03).
/// </summary>
public sealed class OverdueSummaryTests
{
    private static readonly ResultClass A = ResultClassScheme.Default.Parse("A");
    private readonly SummaryCalculator calculator = new(new ItemDeadlines(DeadlinePolicy.Default, WorkingDayCalendar.BuiltIn));
    private readonly ChangeContext by = TestClock.As();

    [Theory]
    [InlineData("2026-07-06", 0)] // due today is not overdue
    [InlineData("2026-07-07", 1)]
    public void AnItemNotSignedForByItsDueDateIsOverdue(string asOf, int overdue)
    {
        var item = AssignedOn(HandlingRole.Lead);

        Assert.Equal(overdue, Summary(item, asOf).Overdue);
    }

    [Fact]
    public void ALateSignForIsNoLongerOverdueButNotOnTime()
    {
        var item = AssignedOn(HandlingRole.Lead);
        item.SignFor(new DateOnly(2026, 7, 8), by);

        var summary = Summary(item, "2026-07-10");

        Assert.Equal((0, 1, 0), (summary.Overdue, summary.Signed, summary.SignedOnTime));
        Assert.Equal(0m, summary.SignedOnTimeRate);
    }

    [Theory]
    [InlineData("2026-10-08", 0, 0, 0)]
    [InlineData("2026-10-09", 1, 0, 0)]
    [InlineData("2026-10-12", 0, 1, 0)] // replied that day, late
    public void AReplyWithoutAnExtensionIsDueThreeMonthsAfterAssignment(string asOf, int overdue, int replied, int onTime)
    {
        var item = Signed(HandlingRole.Lead);
        item.Reply(new DateOnly(2026, 10, 12), A, "答复", by);

        var summary = Summary(item, asOf);

        Assert.Equal((overdue, replied, onTime), (summary.Overdue, summary.Replied, summary.RepliedOnTime));
    }

    [Theory]
    [InlineData("2026-10-09", 0)]
    [InlineData("2026-10-30", 0)]
    [InlineData("2026-10-31", 1)]
    public void AnApprovedExtensionMovesTheReplysDueDate(string asOf, int overdue)
    {
        var item = Signed(HandlingRole.Lead);
        item.RequestExtension(new DateOnly(2026, 10, 30), "需会办", new DateOnly(2026, 9, 20), by);
        item.DecideExtension(approve: true, "刘局长", new DateOnly(2026, 9, 21), by);

        Assert.Equal(overdue, Summary(item, asOf).Overdue);
    }

    [Fact]
    public void AReplyWithinAnApprovedExtensionIsOnTime()
    {
        var item = Signed(HandlingRole.Lead);
        item.RequestExtension(new DateOnly(2026, 10, 30), "需会办", new DateOnly(2026, 9, 20), by);
        item.DecideExtension(approve: true, "刘局长", new DateOnly(2026, 9, 21), by);
        item.Reply(new DateOnly(2026, 10, 29), A, "答复", by);

        var summary = Summary(item, "2026-11-02");

        Assert.Equal((0, 1, 1), (summary.Overdue, summary.Replied, summary.RepliedOnTime));
    }

    [Theory]
    [InlineData("2026-10-12", 1)] // the extension was not yet approved that day
    [InlineData("2026-10-13", 0)]
    public void AnExtensionApprovedAfterTheDueDateCountsOnlyFromItsApproval(string asOf, int overdue)
    {
        var item = Signed(HandlingRole.Lead);
        item.RequestExtension(new DateOnly(2026, 11, 13), "需现场调研", new DateOnly(2026, 10, 12), by);
        item.DecideExtension(approve: true, "刘局长", new DateOnly(2026, 10, 13), by);

        Assert.Equal(overdue, Summary(item, asOf).Overdue);
    }

    [Theory]
    [InlineData("2026-08-03", 0, 0)]
    [InlineData("2026-08-04", 1, 0)]
    [InlineData("2026-08-06", 0, 1)] // the opinion went to the lead unit on 08-05, late
    public void AJointOpinionIsDueOneMonthAfterAssignment(string asOf, int overdue, int replied)
    {
        var item = Signed(HandlingRole.Joint);
        item.Reply(new DateOnly(2026, 8, 5), A, "会办意见", by);

        var summary = Summary(item, asOf);

        Assert.Equal((overdue, replied, 0), (summary.Overdue, summary.Replied, summary.RepliedOnTime));
    }

    [Theory]
    [InlineData("2026-10-10", 0, 1)] // 09-10 + 1 month lands on the make-up Saturday 10-10
    [InlineData("2026-10-12", 1, 0)] // the first reply was on time, the re-handling reply is not
    public void AReHandlingReplyPastItsDueDateIsOverdueAndTheItemNoLongerRepliedOnTime(string asOf, int overdue, int onTime)
    {
        var item = Signed(HandlingRole.Lead);
        item.Reply(new DateOnly(2026, 9, 1), A, "答复", by);
        item.Evaluate(new DateOnly(2026, 9, 10), EvaluationResult.Unsatisfied, null, by);

        var summary = Summary(item, asOf);

        Assert.Equal((overdue, 1, onTime, 1), (summary.Overdue, summary.Replied, summary.RepliedOnTime, summary.Unsatisfied));
    }

    [Fact]
    public void AnItemIsCountedOnceWhateverNumberOfItsClocksAreLate()
    {
        var item = AssignedOn(HandlingRole.Lead);

        var summary = Summary(item, "2026-11-27");

        Assert.Equal((1, 1), (summary.Total, summary.Overdue));
    }

    [Fact]
    public void AnOverdueItemIsCountedInItsDepartmentsRow()
    {
        var late = AssignedOn(HandlingRole.Lead);
        var onTime = SuggestionItem.Create(Spec("20210348") with { Department = "数据资源处", AssignedOn = new DateOnly(2026, 7, 1) }, by);
        onTime.SignFor(new DateOnly(2026, 7, 2), by);

        var rows = calculator.Calculate([late, onTime], new DateOnly(2026, 7, 7)).ByDepartment;

        Assert.Equal([("数据资源处", 0), ("规划发展处", 1)], rows.Select(r => (r.Key, r.Overdue)));
    }

    private SuggestionSummary Summary(SuggestionItem item, string asOf) => calculator.Calculate([item], DateOnly.Parse(asOf));

    private SuggestionItem AssignedOn(HandlingRole role) =>
        SuggestionItem.Create(Spec(role: role) with { AssignedOn = new DateOnly(2026, 7, 1) }, by);

    private SuggestionItem Signed(HandlingRole role)
    {
        var item = AssignedOn(role);
        item.SignFor(new DateOnly(2026, 7, 2), by);
        return item;
    }
}
