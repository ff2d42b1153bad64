using System.Net;

namespace SuggestionDesk.Mail.Tests;

public sealed class ReminderBodyTests
{
    private const string Script = "<script>alert(1)</script>";

    [Fact]
    public void APersonWhoIsOwnerAndHeadSeesBothSections()
    {
        var owned = Plans.Signed("2026-07-01", number: "mine", owner: Plans.PlanningHead, department: "数据资源处");
        var underThem = Plans.Signed("2026-07-01", number: "theirs");
        var message = Plans.Plan(new DateOnly(2026, 10, 9), owned, underThem).Messages.Single(m => m.Recipient == Plans.PlanningHead);

        var rendered = new ReminderRenderer().Render(message);

        Assert.Equal(Plans.PlanningHead, rendered.To);
        foreach (var body in new[] { rendered.Html, rendered.Text })
        {
            var own = body.IndexOf("您承办的建议", StringComparison.Ordinal);
            var department = body.IndexOf("本部门已逾期的建议", StringComparison.Ordinal);
            Assert.InRange(own, 0, department - 1);
            Assert.InRange(body.IndexOf("mine", StringComparison.Ordinal), own, department);
            Assert.True(body.IndexOf("theirs", StringComparison.Ordinal) > department);
        }
    }

    [Fact]
    public void LedgerTextIsEncodedInHtmlAndLiteralInText()
    {
        var item = Plans.Signed("2026-07-01", department: Plans.OddDepartment, title: Script);
        var message = Plans.Plan(new DateOnly(2026, 10, 9), item).Messages.Single(m => m.Recipient == Plans.OddHead);

        var rendered = new ReminderRenderer().Render(message);

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", rendered.Html, StringComparison.Ordinal);
        Assert.Contains("研究&amp;发展处", rendered.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(Plans.OddDepartment, rendered.Html, StringComparison.Ordinal);
        Assert.Contains(Script, rendered.Text, StringComparison.Ordinal);
        Assert.Contains(Plans.OddDepartment, rendered.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Language.Chinese)]
    [InlineData(Language.English)]
    public void TheHtmlIsSelfContainedWithInlineStylesOnly(Language language)
    {
        var item = Plans.Signed("2026-07-01", department: Plans.OddDepartment, title: Script);
        var plan = Plans.Plan(new DateOnly(2026, 10, 14), item);

        foreach (var html in plan.Messages.Select(m => new ReminderRenderer(language).Render(m).Html))
        {
            Assert.Contains("charset=utf-8", html, StringComparison.Ordinal);
            Assert.Contains("<table", html, StringComparison.Ordinal);
            foreach (var banned in new[] { "<script", "<style", "<link", "<img", "http://", "https://", "src=", "url(" })
            {
                Assert.DoesNotContain(banned, html, StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    [Fact]
    public void EachLineCarriesItsClockDueDateStatusAndExplanation()
    {
        var message = Plans.Plan(new DateOnly(2026, 12, 23), Plans.Signed("2026-09-30")).Messages.Single();
        var line = message.Reminders.Single().Lines.Single();

        var chinese = new ReminderRenderer().Render(message);
        var english = new ReminderRenderer(Language.English).Render(message);

        foreach (var expected in new[] { "答复", "2026-12-30", line.Status.ToChinese(), line.ExplanationChinese })
        {
            Assert.Contains(WebUtility.HtmlEncode(expected), chinese.Html, StringComparison.Ordinal);
            Assert.Contains(expected, chinese.Text, StringComparison.Ordinal);
        }

        foreach (var expected in new[] { "Reply", "2026-12-30", line.Status.ToString(), line.Explanation })
        {
            Assert.Contains(WebUtility.HtmlEncode(expected), english.Html, StringComparison.Ordinal);
            Assert.Contains(expected, english.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void TheDigestGroupsItemsByStatusWithCounts()
    {
        var unsigned = SuggestionItem.Create(Spec("3") with { AssignedOn = new DateOnly(2026, 11, 20) }, TestClock.As());
        var items = new[] { Plans.Signed("2026-09-30"), Plans.Signed("2026-09-30", number: "2"), unsigned };
        var plan = Plans.Planner(weeklyDigest: true).Plan(items, new DateOnly(2026, 11, 23), new HashSet<ReminderKey>());
        var head = plan.Messages.Single(m => m.Recipient == Plans.PlanningHead);

        var chinese = new ReminderRenderer().Render(head);
        var english = new ReminderRenderer(Language.English).Render(head);

        Assert.Contains("规划发展处在办建议：共 3 件", chinese.Text, StringComparison.Ordinal);
        Assert.Contains("已交办（待签收）：1 件", chinese.Text, StringComparison.Ordinal);
        Assert.Contains("已签收（办理中）：2 件", chinese.Html, StringComparison.Ordinal);
        Assert.Contains("Signed for, in hand (2)", english.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void TheDigestShowsItemsInFollowUpAsSuchAndTheEvaluationChaseDate()
    {
        var b = ResultClassScheme.Default.Parse("B");
        var inFollowUp = Plans.Signed("2026-03-02", number: "B-1");
        inFollowUp.Reply(new DateOnly(2026, 5, 11), b, null, TestClock.As(), followUpBy: new DateOnly(2026, 12, 15));
        inFollowUp.Evaluate(new DateOnly(2026, 6, 1), EvaluationResult.Satisfied, null, TestClock.As());
        var awaiting = Plans.Signed("2026-09-01", number: "R-1");
        awaiting.Reply(new DateOnly(2026, 11, 16), ResultClassScheme.Default.Parse("A"), null, TestClock.As());
        var plan = Plans.Planner(weeklyDigest: true).Plan([inFollowUp, awaiting], new DateOnly(2026, 11, 23), new HashSet<ReminderKey>());
        var office = plan.Messages.Single(m => m.Recipient == Plans.Office);

        var chinese = new ReminderRenderer().Render(office).Text;
        var english = new ReminderRenderer(Language.English).Render(office).Text;

        Assert.Contains("跟踪办理中：1 件", chinese, StringComparison.Ordinal);
        Assert.DoesNotContain("已办结", chinese, StringComparison.Ordinal);
        Assert.Contains("In follow-up of a class B reply (1)", english, StringComparison.Ordinal);
        var followUpRow = RowOf(chinese, "B-1");
        Assert.Contains("跟踪反馈", followUpRow, StringComparison.Ordinal);
        Assert.Contains("2026-12-15", followUpRow, StringComparison.Ordinal);
        // Fifteen working days after the reply of 2026-11-16: the day to ask the deputy for the evaluation.
        var awaitingRow = RowOf(chinese, "R-1");
        Assert.Contains("征询评价", awaitingRow, StringComparison.Ordinal);
        Assert.Contains("2026-12-07", awaitingRow, StringComparison.Ordinal);
        Assert.DoesNotContain("—", awaitingRow, StringComparison.Ordinal);
    }

    // A plain-text row: the number and title on one line, the other cells on the next.
    private static string RowOf(string text, string number)
    {
        var lines = text.Split('\n');
        var at = Array.FindIndex(lines, l => l.Contains($". {number}  ", StringComparison.Ordinal));
        Assert.True(at >= 0, $"no row for {number}");
        return lines[at] + "\n" + lines[at + 1];
    }
}
