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
        Assert.Contains("已交办（待签收）（1 件）", chinese.Text, StringComparison.Ordinal);
        Assert.Contains("已签收（办理中）（2 件）", chinese.Html, StringComparison.Ordinal);
        Assert.Contains("Signed for, in hand (2)", english.Text, StringComparison.Ordinal);
    }
}
