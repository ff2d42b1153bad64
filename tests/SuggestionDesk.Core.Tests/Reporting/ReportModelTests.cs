using SuggestionDesk.Calendar;
using SuggestionDesk.Reporting;

namespace SuggestionDesk.Core.Tests.Reporting;

public sealed class ReportModelTests
{
    private static readonly SummaryCalculator Calculator = new(new ItemDeadlines(DeadlinePolicy.Default, WorkingDayCalendar.BuiltIn));

    private static ReportModel Build(ReportOptions? options = null) =>
        ReportModelBuilder.Build(SeedItems.Build(), Calculator, options ?? new ReportOptions { AsOf = SeedItems.ReportDate });

    [Fact]
    public void TheOverviewWritesOutTheSummarysFigures()
    {
        var model = Build();
        var overview = model.Sections[0];

        Assert.Equal("一、基本情况", overview.Heading);
        Assert.Contains("共接收办理人大代表建议24件，其中主办件3件、承办件1件、分办件1件、会办件19件", overview.Paragraphs[0], StringComparison.Ordinal);
        Assert.Contains("需要代表进行评价的建议共5件，目前已收到评价3件，其中满意3件", overview.Paragraphs[1], StringComparison.Ordinal);
        Assert.DoesNotContain("基本满意0件", overview.Paragraphs[1], StringComparison.Ordinal);
        Assert.DoesNotContain("不满意0件", overview.Paragraphs[1], StringComparison.Ordinal);
        Assert.Equal(model.Summary.Total, int.Parse(overview.Tables[0].Rows[0][1], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void AReportOfProposalsGoesToTheCppccOfficeAndSpeaksOfMembersUnlessAnAddresseeIsGiven()
    {
        var by = TestClock.As();
        var proposal = SuggestionItem.Create(SuggestionDesk.Testing.Items.Spec("2021-T1") with { Kind = ItemKind.Proposal, AssignedOn = new DateOnly(2021, 3, 15) }, by);
        proposal.SignFor(new DateOnly(2021, 3, 16), by);
        proposal.Reply(new DateOnly(2021, 5, 20), ResultClassScheme.Default.Parse("A"), "答复。", by);
        proposal.Evaluate(new DateOnly(2021, 6, 1), EvaluationResult.Satisfied, null, by);
        var options = new ReportOptions { AsOf = new DateOnly(2021, 9, 28) };

        var model = ReportModelBuilder.Build([proposal], Calculator, options);
        var addressed = ReportModelBuilder.Build([proposal], Calculator, new ReportOptions { AsOf = options.AsOf, Recipient = "市政协提案委员会" });

        Assert.Equal("市政协办公厅：", model.Recipient);
        Assert.Contains("需要委员进行评价的提案共1件，目前已收到评价1件，其中满意1件", model.Sections[0].Paragraphs[1], StringComparison.Ordinal);
        Assert.Equal("市政协提案委员会：", addressed.Recipient);
        Assert.Equal("市人大常委会办公厅：", Build().Recipient);
    }

    [Fact]
    public void TheAnnexShowsADashForAJointOpinionWithoutClassAndTheClassOfEveryReplyToTheDeputy()
    {
        var model = Build();
        var items = SeedItems.Build().ToDictionary(i => i.Number.Value);
        var resultColumn = Array.IndexOf(model.Ledger.Columns.ToArray(), "办理结果");

        Assert.All(model.Ledger.Rows, row =>
            Assert.Equal(items[row[0]].Role == HandlingRole.Joint ? "—" : items[row[0]].LastReply?.ResultClass?.Code ?? "—", row[resultColumn]));
        Assert.Contains(model.Ledger.Rows, row => row[resultColumn] == "A");
    }

    [Fact]
    public void WithoutANarrativeTheSectionsAreNumberedAsPresent()
    {
        var model = Build();

        Assert.Equal(["一、基本情况", "二、将建议转化成实际的工作措施"], model.Sections.Select(s => s.Heading));
    }

    [Fact]
    public void TheMeasuresListTheEvaluatedItemsAndTheJointOnesInATable()
    {
        var measures = Build().Sections.Single(s => s.Kind == ReportSectionKind.Measures);

        Assert.Equal(5, measures.Items.Count);
        Assert.StartsWith("（一）第", measures.Items[0].Heading, StringComparison.Ordinal);
        Assert.Equal(19, Assert.Single(measures.Tables).Rows.Count);
    }

    [Fact]
    public void TheAnnexAndTheFiguresAreCutBackToTheAsOfDate()
    {
        var model = Build(new ReportOptions { AsOf = new DateOnly(2021, 4, 1) });

        Assert.Equal(model.Summary.Total, model.Ledger.Rows.Count);
        // Only the recess item's opinion (sent 2021-01-05) was out by then; the others' replies are not yet shown.
        Assert.Equal(["2021-01-05"], model.Ledger.Rows.Select(row => row[7]).Where(replied => replied != "—"));
        Assert.Equal("2021年4月1日", model.DateLine);
    }

    [Fact]
    public void APeriodStartingAfterItEndsIsRefusedNamingBothDays()
    {
        var error = Assert.Throws<ArgumentException>(() => Build(new ReportOptions { AsOf = SeedItems.ReportDate, From = new(2021, 12, 31), To = new(2021, 1, 1) }));

        Assert.Contains("2021-12-31", error.Message, StringComparison.Ordinal);
        Assert.Contains("2021-01-01", error.Message, StringComparison.Ordinal);
    }
}
