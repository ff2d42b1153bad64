using SuggestionDesk.Calendar;
using SuggestionDesk.Reporting;

namespace SuggestionDesk.Core.Tests.Reporting;

/// <summary>A summary as of an earlier date gives the figures of that day: later events count as not yet happened.</summary>
public sealed class AsOfSummaryTests
{
    private static readonly ResultClass A = ResultClassScheme.Default.Parse("A");
    private readonly SummaryCalculator calculator = new(new ItemDeadlines(DeadlinePolicy.Default, WorkingDayCalendar.BuiltIn));
    private readonly ChangeContext by = TestClock.As();

    [Theory]
    [InlineData("2021-03-14", 0, 0, 0, 0, 0)] // not yet assigned
    [InlineData("2021-03-15", 1, 0, 0, 0, 0)]
    [InlineData("2021-03-16", 1, 1, 0, 0, 0)]
    [InlineData("2021-06-01", 1, 1, 1, 0, 0)]
    [InlineData("2021-06-20", 1, 1, 1, 1, 0)]
    [InlineData("2021-06-25", 1, 1, 1, 1, 1)]
    public void EachFigureCountsFromTheDayOfItsEvent(string asOf, int total, int signed, int replied, int evaluated, int published)
    {
        var item = SeedItems.Build().Single(i => i.Number.Value == "20210347");

        var summary = calculator.Calculate([item], DateOnly.Parse(asOf));

        Assert.Equal((total, signed, replied, evaluated, published), (summary.Total, summary.Signed, summary.Replied, summary.EvaluationReceived, summary.Published));
    }

    [Fact]
    public void TheSeedYearAsOfMidAprilHasOnlyTheJointOpinionsIn()
    {
        var summary = calculator.Calculate(SeedItems.Build(), new DateOnly(2021, 4, 10));

        Assert.Equal((24, 24, 19, 19, 0, 0), (summary.Total, summary.SignedOnTime, summary.Replied, summary.RepliedOnTime, summary.EvaluationReceived, summary.Overdue));
    }

    [Theory]
    [InlineData("2026-09-10", 1, 0)] // unsatisfied: re-handling
    [InlineData("2026-10-01", 0, 1)] // basically satisfied after the second reply
    public void TheLatestEvaluationByTheDateIsTheOneCounted(string asOf, int unsatisfied, int basically)
    {
        var item = SuggestionItem.Create(Spec() with { AssignedOn = new DateOnly(2026, 7, 1) }, by);
        item.SignFor(new DateOnly(2026, 7, 2), by);
        item.Reply(new DateOnly(2026, 9, 1), A, "答复", by);
        item.Evaluate(new DateOnly(2026, 9, 10), EvaluationResult.Unsatisfied, null, by);
        item.Reply(new DateOnly(2026, 9, 25), A, "再次答复", by);
        item.Evaluate(new DateOnly(2026, 9, 30), EvaluationResult.BasicallySatisfied, null, by);

        var summary = calculator.Calculate([item], DateOnly.Parse(asOf));

        Assert.Equal((1, 0, unsatisfied, basically), (summary.EvaluationReceived, summary.Satisfied, summary.Unsatisfied, summary.BasicallySatisfied));
    }

    [Fact]
    public void AReturnedItemIsLeftOutOfEveryFigureButReturned()
    {
        var returned = Returned();
        var kept = SuggestionItem.Create(Spec("20210348") with { AssignedOn = new DateOnly(2026, 11, 2) }, by);

        var summary = calculator.Calculate([returned, kept], new DateOnly(2026, 11, 27));

        Assert.Equal(
            new
            {
                Total = 1, Lead = 1, Sole = 0, Split = 0, Joint = 0, Signed = 0, SignedOnTime = 0, Replied = 0, RepliedOnTime = 0,
                EvaluationRequired = 1, EvaluationReceived = 0, Satisfied = 0, BasicallySatisfied = 0, Unsatisfied = 0,
                Published = 0, Overdue = 1, Returned = 1,
            },
            SeedSummaryTests.Counts(summary));
        Assert.Equal(1, Assert.Single(summary.ByDepartment).Returned);
    }

    [Fact]
    public void AReturnNotYetApprovedOnTheDayLeavesTheItemCounted()
    {
        var summary = calculator.Calculate([Returned()], new DateOnly(2026, 11, 4));

        Assert.Equal((1, 0), (summary.Total, summary.Returned));
    }

    [Fact]
    public void ALaterPublicationIsNotCountedEarlier()
    {
        var item = SeedItems.Build().Single(i => i.Number.Value == "20210254");

        Assert.Equal(0, calculator.Calculate([item], new DateOnly(2021, 6, 24)).Published);
        Assert.Equal(1, calculator.Calculate([item], new DateOnly(2021, 6, 25)).Published);
    }

    /// <summary>Assigned 2026-11-02, return asked for on 11-04 and approved on 11-05.</summary>
    private SuggestionItem Returned()
    {
        var item = SuggestionItem.Create(Spec() with { AssignedOn = new DateOnly(2026, 11, 2) }, by);
        item.RequestReturn(new DateOnly(2026, 11, 4), "应由市工业和信息化局主办", by);
        item.DecideReturn(true, new DateOnly(2026, 11, 5), "王主任", by);
        return item;
    }
}
