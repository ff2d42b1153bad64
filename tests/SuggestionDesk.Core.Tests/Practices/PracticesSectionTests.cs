using SuggestionDesk.Calendar;
using SuggestionDesk.Reporting;

namespace SuggestionDesk.Core.Tests.Practices;

/// <summary>The paragraph of figures that opens 主要做法, before the office's own narrative.</summary>
public sealed class PracticesSectionTests
{
    private static readonly SummaryCalculator Calculator = new(new ItemDeadlines(DeadlinePolicy.Default, WorkingDayCalendar.BuiltIn));

    private static readonly Narrative OwnNarrative = new(
        [new NarrativeBlock(NarrativeBlockKind.Heading, "（一）加强组织领导，制定专门方案"), new NarrativeBlock(NarrativeBlockKind.Paragraph, "局主要领导对建议办理工作负总责。")],
        []);

    [Fact]
    public void TheChineseParagraphGivesEachMethodPhaseAndPriorityThatHappenedAndOpensTheSection()
    {
        var model = Build(Language.Chinese, OwnNarrative);

        var practices = model.Sections.Single(s => s.Kind == ReportSectionKind.Practices);

        Assert.Equal("二、主要做法", practices.Heading);
        Assert.Equal(
            "办理过程中，共与代表沟通联系7次，其中电话联系4次、上门拜访1次、座谈面商1次、共同调研1次；按办理阶段分，办前商谈1次、办时共商5次、办后征询1次。"
            + "领导领办建议2件，其中重点建议2件、难点建议1件。",
            Assert.Single(practices.Paragraphs));
        Assert.Equal(OwnNarrative.Practices, practices.Narrative);
    }

    [Fact]
    public void TheEnglishParagraphSaysTheSame()
    {
        var practices = Build(Language.English, null).Sections.Single(s => s.Kind == ReportSectionKind.Practices);

        Assert.Equal("2. How the work was done", practices.Heading);
        Assert.Equal(
            "During handling, the office was in touch with the deputies 7 times: 4 by phone, 1 visit, 1 meeting and 1 joint survey; "
            + "1 before handling began, 5 during handling and 1 after the reply. Leaders took up 2 items in person, of them 2 key and 1 difficult.",
            Assert.Single(practices.Paragraphs));
        Assert.Empty(practices.Narrative);
    }

    [Fact]
    public void OneMethodAloneIsNamedWithoutATotalAndWithoutLeadersNothingIsSaidOfThem()
    {
        var item = New();
        item.SignFor(new DateOnly(2021, 3, 16), TestClock.As());
        var contacts = new ItemContacts(
        [
            new(item.Session, item.Number, item.RecordContact(new DateOnly(2021, 3, 20), ContactMethod.Phone, null, TestClock.As())),
            new(item.Session, item.Number, item.RecordContact(new DateOnly(2021, 3, 22), ContactMethod.Phone, null, TestClock.As())),
        ]);

        var practices = ReportModelBuilder.Build([item], contacts, Calculator, new ReportOptions { AsOf = new DateOnly(2021, 9, 28) })
            .Sections.Single(s => s.Kind == ReportSectionKind.Practices);

        Assert.Equal("办理过程中，共与代表电话联系2次；按办理阶段分，办时共商2次。", Assert.Single(practices.Paragraphs));
    }

    [Fact]
    public void WithNeitherFiguresNorNarrativeThereIsNoSection()
    {
        var model = ReportModelBuilder.Build([New()], ItemContacts.None, Calculator, new ReportOptions { AsOf = new DateOnly(2021, 9, 28) });

        Assert.DoesNotContain(model.Sections, s => s.Kind == ReportSectionKind.Practices);
    }

    [Fact]
    public void WithANarrativeAndNoFiguresTheSectionHasOnlyTheNarrative()
    {
        var model = ReportModelBuilder.Build([New()], ItemContacts.None, Calculator,
            new ReportOptions { AsOf = new DateOnly(2021, 9, 28), Narrative = OwnNarrative });

        var practices = model.Sections.Single(s => s.Kind == ReportSectionKind.Practices);
        Assert.Empty(practices.Paragraphs);
        Assert.Equal(2, practices.Narrative.Count);
    }

    [Fact]
    public void TheFiguresOfTheParagraphAreTheSummarysAsOfTheReportsDay()
    {
        var (items, contacts) = PracticeFigures.Build();

        var model = ReportModelBuilder.Build(items, contacts, Calculator, new ReportOptions { AsOf = new DateOnly(2021, 4, 1) });

        Assert.Equal(4, model.Summary.Contacts);
        Assert.StartsWith("办理过程中，共与代表沟通联系4次，其中电话联系3次、共同调研1次；", model.Sections.Single(s => s.Kind == ReportSectionKind.Practices).Paragraphs[0], StringComparison.Ordinal);
    }

    private static ReportModel Build(Language language, Narrative? narrative)
    {
        var (items, contacts) = PracticeFigures.Build();
        return ReportModelBuilder.Build(items, contacts, Calculator,
            new ReportOptions { AsOf = PracticeFigures.ReportDate, Language = language, Narrative = narrative });
    }
}
