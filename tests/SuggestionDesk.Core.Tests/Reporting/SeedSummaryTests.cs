using SuggestionDesk.Calendar;
using SuggestionDesk.Reporting;

namespace SuggestionDesk.Core.Tests.Reporting;

public sealed class SeedSummaryTests
{
    private readonly SummaryCalculator calculator = new(new ItemDeadlines(DeadlinePolicy.Default, WorkingDayCalendar.BuiltIn));

    [Fact]
    public void TheSeedYearGivesTheReportsFigures()
    {
        var summary = calculator.Calculate(SeedItems.Build(), SeedItems.ReportDate);

        Assert.Equal(
            new
            {
                Total = 24, Lead = 3, Sole = 1, Split = 1, Joint = 19, Signed = 24, SignedOnTime = 24, Replied = 24, RepliedOnTime = 24,
                EvaluationRequired = 5, EvaluationReceived = 3, Satisfied = 3, BasicallySatisfied = 0, Unsatisfied = 0,
                Published = 2, Overdue = 0, Returned = 0,
            },
            Counts(summary));
        Assert.Equal(SeedItems.ReportDate, summary.AsOf);
        Assert.Null(summary.Session);
    }

    [Fact]
    public void TheSeedYearsRatesAreAllOnTimeAndThreeEvaluationsInFive()
    {
        var summary = calculator.Calculate(SeedItems.Build(), SeedItems.ReportDate);

        Assert.Equal(1m, summary.SignedOnTimeRate);
        Assert.Equal(1m, summary.RepliedOnTimeRate);
        Assert.Equal(0.6m, summary.EvaluationReceivedRate);
        Assert.Equal(1m, summary.SatisfiedRate);
    }

    [Fact]
    public void BySessionCountsTheRecessItemApartInTheOrderTheSessionsCame()
    {
        var rows = calculator.Calculate(SeedItems.Build(), SeedItems.ReportDate).BySession;

        Assert.Equal([SeedItems.Recess, Session], rows.Select(r => r.Key));
        Assert.Equal((1, 0, 1), (rows[0].Total, rows[0].Lead, rows[0].Joint));
        Assert.Equal((23, 3, 1, 1, 18), (rows[1].Total, rows[1].Lead, rows[1].Sole, rows[1].Split, rows[1].Joint));
        Assert.Equal((5, 3), (rows[1].EvaluationRequired, rows[1].EvaluationReceived));
    }

    [Fact]
    public void ByDepartmentGivesEachDepartmentsFiguresInOrdinalOrder()
    {
        var rows = calculator.Calculate(SeedItems.Build(), SeedItems.ReportDate).ByDepartment;

        // Ordinal order of the names: 政 U+653F, 数 U+6570, 规 U+89C4.
        Assert.Equal([SeedItems.Services, SeedItems.Data, SeedItems.Planning], rows.Select(r => r.Key));
        Assert.Equal(
            [(8, 1, 1, 0, 6, 2, 1, 0), (9, 1, 0, 1, 7, 2, 1, 1), (7, 1, 0, 0, 6, 1, 1, 1)],
            rows.Select(r => (r.Total, r.Lead, r.Sole, r.Split, r.Joint, r.EvaluationRequired, r.EvaluationReceived, r.Published)));
        Assert.Equal(24, rows.Sum(r => r.Total));
    }

    [Fact]
    public void TheRecessSessionAloneIsOneJointItem()
    {
        var summary = calculator.Calculate(SeedItems.Build(), SeedItems.ReportDate, SeedItems.Recess);

        Assert.Equal((1, 1, 1, 0), (summary.Total, summary.Joint, summary.RepliedOnTime, summary.EvaluationRequired));
        Assert.Equal(SeedItems.Recess, summary.Session);
        Assert.Equal(SeedItems.Recess, Assert.Single(summary.BySession).Key);
        Assert.Equal(SeedItems.Data, Assert.Single(summary.ByDepartment).Key);
    }

    [Fact]
    public void ASessionFilterIsTrimmedAndComparedExactly()
    {
        var items = SeedItems.Build();

        Assert.Equal(23, calculator.Calculate(items, SeedItems.ReportDate, $" {Session} ").Total);
        Assert.Equal(0, calculator.Calculate(items, SeedItems.ReportDate, "市七届人大二次会议").Total);
    }

    [Fact]
    public void ABlankSessionFilterIsRefusedSayingWhatToGive()
    {
        var error = Assert.Throws<ArgumentException>(() => calculator.Calculate(SeedItems.Build(), SeedItems.ReportDate, "  "));

        Assert.Contains("市七届人大一次会议, or none for every session", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NoItemsGiveZerosAndNoRates()
    {
        var summary = calculator.Calculate([], SeedItems.ReportDate);

        Assert.Equal(0, summary.Total);
        Assert.Null(summary.SignedOnTimeRate);
        Assert.Null(summary.SatisfiedRate);
        Assert.Empty(summary.ByDepartment);
        Assert.Empty(summary.BySession);
    }

    internal static object Counts(SummaryFigures f) => new
    {
        f.Total, f.Lead, f.Sole, f.Split, f.Joint, f.Signed, f.SignedOnTime, f.Replied, f.RepliedOnTime,
        f.EvaluationRequired, f.EvaluationReceived, f.Satisfied, f.BasicallySatisfied, f.Unsatisfied,
        f.Published, f.Overdue, f.Returned,
    };
}
