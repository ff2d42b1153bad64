using SuggestionDesk.Calendar;
using SuggestionDesk.Reporting;

namespace SuggestionDesk.Core.Tests.Reporting;

/// <summary>The annex (the ledger at the end of the report) shows where each item stands: its latest reply, with that reply's date and class.</summary>
public sealed class AnnexTests
{
    private static readonly ResultClass A = ResultClassScheme.Default.Parse("A");
    private static readonly ResultClass B = ResultClassScheme.Default.Parse("B");
    private static readonly ResultClass C = ResultClassScheme.Default.Parse("C");
    private static readonly SummaryCalculator Calculator = new(new ItemDeadlines(DeadlinePolicy.Default, WorkingDayCalendar.BuiltIn));
    private readonly ChangeContext by = TestClock.As();

    [Theory]
    [InlineData("2026-09-20", "2026-09-01", "C", "不满意")]
    [InlineData("2026-09-25", "2026-09-25", "B", "不满意")] // replied again after re-handling
    [InlineData("2026-11-02", "2026-11-02", "A", "满意")] // the class B reply followed up once solved
    public void TheAnnexShowsTheLatestReplyAfterReHandlingOrFollowUp(string asOf, string replied, string resultClass, string evaluation)
    {
        var item = SuggestionItem.Create(Spec() with { AssignedOn = new DateOnly(2026, 7, 1) }, by);
        item.SignFor(new DateOnly(2026, 7, 2), by);
        item.Reply(new DateOnly(2026, 9, 1), C, "答复", by);
        item.Evaluate(new DateOnly(2026, 9, 10), EvaluationResult.Unsatisfied, null, by);
        item.Reply(new DateOnly(2026, 9, 25), B, "再次答复", by);
        item.Evaluate(new DateOnly(2026, 9, 30), EvaluationResult.Satisfied, null, by);
        item.RecordFollowUp(new DateOnly(2026, 11, 2), A, "已落实", by);

        var ledger = ReportModelBuilder.Build([item], Calculator, new ReportOptions { AsOf = DateOnly.Parse(asOf) }).Ledger;
        var row = Assert.Single(ledger.Rows);
        string Cell(string column) => row[ledger.Columns.ToList().IndexOf(column)];

        Assert.Equal((replied, resultClass, evaluation), (Cell("答复日期"), Cell("办理结果"), Cell("代表评价")));
    }
}
