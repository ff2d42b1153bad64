using SuggestionDesk.Ports;

namespace SuggestionDesk.Pdf.Tests.Report;

/// <summary>
/// The seed-sized report with leaders, priorities and contacts recorded, read back with pdftotext: 主要做法 opens with the
/// paragraph of figures, then the office's own text.
/// </summary>
public sealed class PracticesReadBackTests
{
    [Fact]
    public void TheChineseReportOpensItsPracticesWithTheFiguresParagraph()
    {
        var text = Tools.Text(Write(Language.Chinese, "practices-zh.pdf"));

        var paragraph = "办理过程中，共与代表沟通联系6次，其中电话联系3次、上门拜访1次、座谈面商1次、共同调研1次；按办理阶段分，办前商谈2次、"
            + "办时共商2次、办后征询2次。领导领办建议2件，其中重点建议2件、热点建议1件。";
        var heading = text.IndexOf("二、主要做法", StringComparison.Ordinal);
        var figures = text.IndexOf(paragraph, StringComparison.Ordinal);
        var narrative = text.IndexOf("（一）加强组织领导，制定专门方案", StringComparison.Ordinal);
        Assert.True(heading >= 0 && figures > heading && narrative > figures, $"heading {heading}, paragraph {figures}, narrative {narrative}");
        Assert.DoesNotContain("其他方式", text, StringComparison.Ordinal);
    }

    [Fact]
    public void TheEnglishReportSaysTheSame()
    {
        var text = Tools.Text(Write(Language.English, "practices-en.pdf"), lineJoin: " ");

        var paragraph = "During handling, the office was in touch with the deputies 6 times: 3 by phone, 1 visit, 1 meeting and 1 joint survey; "
            + "2 before handling began, 2 during handling and 2 after the reply. Leaders took up 2 items in person, of them 2 key and 1 hot-spot.";
        var normalized = System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");
        Assert.Contains(paragraph, normalized, StringComparison.Ordinal);
        Assert.True(normalized.IndexOf("2. How the work was done", StringComparison.Ordinal) < normalized.IndexOf(paragraph, StringComparison.Ordinal));
    }

    private static string Write(Language language, string name)
    {
        var by = TestClock.As("办公室");
        var items = ReportItems.Seed().ToList();
        var byNumber = items.ToDictionary(i => i.Number.Value);
        byNumber["20210347"].Edit(new ItemEdit { LeadingOfficial = "张局长", Priorities = [ItemPriority.Key] }, by);
        byNumber["20210254"].Edit(new ItemEdit { LeadingOfficial = "王副局长", Priorities = [ItemPriority.Key, ItemPriority.Hot] }, by);
        var contacts = new List<ItemContact>();
        void Contact(string number, string date, ContactMethod method, ContactPhase? phase = null)
        {
            var item = byNumber[number];
            contacts.Add(new ItemContact(item.Session, item.Number, item.RecordContact(DateOnly.Parse(date), method, null, by, phase)));
        }

        Contact("20210347", "2021-03-16", ContactMethod.Meeting, ContactPhase.Before);
        Contact("20210347", "2021-04-20", ContactMethod.Phone);
        Contact("20210347", "2021-05-25", ContactMethod.Visit);
        Contact("20210254", "2021-04-15", ContactMethod.Survey);
        Contact("20210254", "2021-06-05", ContactMethod.Phone);
        Contact("20210118", "2021-03-19", ContactMethod.Phone);
        Contact("20210118", "2021-10-08", ContactMethod.Other); // after the report's day: left out

        var model = ReportModelBuilder.Build(items, new ItemContacts(contacts), ReportFiles.Calculator, ReportFiles.SeedOptions(language));
        return ReportFiles.Write(model, name);
    }
}
