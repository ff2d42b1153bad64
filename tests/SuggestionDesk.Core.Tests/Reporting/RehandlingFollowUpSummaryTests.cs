using SuggestionDesk.Calendar;
using SuggestionDesk.Reporting;

namespace SuggestionDesk.Core.Tests.Reporting;

/// <summary>
/// Re-handling (重新办理) and follow-up (跟踪办理) in the figures: items replied to again after an unsatisfied
/// evaluation and how the deputy judged them the second time; class B replies whose follow-up is not yet recorded.
/// </summary>
public sealed class RehandlingFollowUpSummaryTests
{
    private static readonly ResultClass A = ResultClassScheme.Default.Parse("A");
    private static readonly ResultClass B = ResultClassScheme.Default.Parse("B");
    private static readonly ReportOptions Options = new() { AsOf = new DateOnly(2026, 11, 27) };
    private readonly SummaryCalculator calculator = new(new ItemDeadlines(DeadlinePolicy.Default, WorkingDayCalendar.BuiltIn));
    private readonly ChangeContext by = TestClock.As();

    [Theory]
    [InlineData("2026-09-20", 0, 0, 0)] // re-handling under way: the new reply is not made yet
    [InlineData("2026-09-25", 1, 0, 1)] // replied again, the new evaluation not back
    [InlineData("2026-09-30", 1, 1, 0)]
    public void AnItemRepliedToAgainAfterAnUnsatisfiedEvaluationIsCountedWithItsSecondEvaluation(string asOf, int rehandled, int basically, int awaiting)
    {
        var summary = calculator.Calculate([Rehandled("20210347", EvaluationResult.BasicallySatisfied)], DateOnly.Parse(asOf));

        Assert.Equal((rehandled, basically, awaiting), (summary.Rehandled, summary.RehandledBasicallySatisfied, summary.RehandledAwaitingEvaluation));
        Assert.Equal((0, 0), (summary.RehandledSatisfied, summary.RehandledUnsatisfied));
    }

    [Fact]
    public void TheOverviewSaysHowReHandledItemsWereEvaluatedTheSecondTime()
    {
        var items = new[] { Rehandled("20210347", EvaluationResult.BasicallySatisfied), Rehandled("20210348", EvaluationResult.Satisfied), Rehandled("20210349", null) };

        var model = ReportModelBuilder.Build(items, calculator, Options);
        var overview = string.Concat(model.Sections[0].Paragraphs);
        var row = model.Sections[0].Tables[0].Rows.Single(r => r[0] == "经重新办理");

        Assert.Contains("1件经重新办理后评价为满意，1件经重新办理后评价为基本满意，1件经重新办理后尚待代表再次评价。", overview, StringComparison.Ordinal);
        Assert.Equal(["经重新办理", "3", "再次评价：满意1件、基本满意1件、待评价1件"], row);
    }

    [Fact]
    public void ClassBRepliesWithoutTheirFollowUpAreBeingFollowedUp()
    {
        var answered = Replied("20210347", B);
        answered.RecordFollowUp(new DateOnly(2026, 11, 2), A, "已落实", by);
        var items = new[] { Replied("20210348", B), Replied("20210349", B), answered, Replied("20210350", A) };

        var summary = calculator.Calculate(items, new DateOnly(2026, 11, 27));
        var model = ReportModelBuilder.Build(items, calculator, Options);

        Assert.Equal((2, "B"), (summary.FollowUpPending, string.Join(",", summary.FollowUpClasses)));
        Assert.Contains("2件B类答复正在跟踪落实。", string.Concat(model.Sections[0].Paragraphs), StringComparison.Ordinal);
        Assert.Equal(["正在跟踪落实", "2", "B类答复"], model.Sections[0].Tables[0].Rows.Single(r => r[0] == "正在跟踪落实"));
    }

    [Fact]
    public void AFollowUpAnswerDatedAfterTheAsOfDateLeavesTheReplyBeingFollowedUp()
    {
        var item = Replied("20210347", B);
        item.RecordFollowUp(new DateOnly(2026, 11, 2), A, "已落实", by);

        Assert.Equal(1, calculator.Calculate([item], new DateOnly(2026, 11, 1)).FollowUpPending);
        Assert.Equal(0, calculator.Calculate([item], new DateOnly(2026, 11, 2)).FollowUpPending);
    }

    [Fact]
    public void AJointOpinionOfClassBIsFollowedUpByTheLeadUnitNotCountedHere()
    {
        var joint = SuggestionItem.Create(Spec(role: HandlingRole.Joint) with { AssignedOn = new DateOnly(2026, 7, 1) }, by);
        joint.SignFor(new DateOnly(2026, 7, 2), by);
        joint.Reply(new DateOnly(2026, 7, 20), B, "会办意见", by);

        var summary = calculator.Calculate([joint], new DateOnly(2026, 11, 27));

        Assert.Equal((1, 0), (summary.Replied, summary.FollowUpPending));
        Assert.DoesNotContain("跟踪落实", string.Concat(ReportModelBuilder.Build([joint], calculator, Options).Sections[0].Paragraphs), StringComparison.Ordinal);
    }

    private SuggestionItem Replied(string number, ResultClass resultClass)
    {
        var item = SuggestionItem.Create(Spec(number) with { AssignedOn = new DateOnly(2026, 7, 1) }, by);
        item.SignFor(new DateOnly(2026, 7, 2), by);
        item.Reply(new DateOnly(2026, 9, 1), resultClass, "答复", by);
        return item;
    }

    /// <summary>Replied 09-01, unsatisfied 09-10, replied again 09-25, then (if given) evaluated 09-30.</summary>
    private SuggestionItem Rehandled(string number, EvaluationResult? second)
    {
        var item = Replied(number, A);
        item.Evaluate(new DateOnly(2026, 9, 10), EvaluationResult.Unsatisfied, null, by);
        item.Reply(new DateOnly(2026, 9, 25), A, "再次答复", by);
        if (second is { } result)
        {
            item.Evaluate(new DateOnly(2026, 9, 30), result, null, by);
        }

        return item;
    }
}
