using SuggestionDesk.Calendar;

namespace SuggestionDesk.Mail.Tests;

/// <summary>What the head or the office reads for an officer without an e-mail address (承办人未登记邮箱).</summary>
public sealed class UnaddressedMessageTests
{
    [Fact]
    public void TheHeadIsToldTheOfficerHasNoAddressAndWhoTheOfficerIs()
    {
        // Reply due 10-08: its D-14 on 09-24 goes to the head in the officer's place.
        var item = Plans.Signed("2026-07-08", owner: null);
        var message = Plans.Plan(new DateOnly(2026, 9, 24), item).Messages.Single();

        var chinese = new ReminderRenderer().Render(message);
        var english = new ReminderRenderer(Language.English).Render(message);

        Assert.Equal(Plans.PlanningHead, chinese.To);
        Assert.Equal("【催办】1 件建议即将到期", chinese.Subject);
        foreach (var body in new[] { chinese.Text, chinese.Html })
        {
            Assert.Contains("承办人未登记邮箱的建议（请转告承办人，并补登其邮箱）", body, StringComparison.Ordinal);
            Assert.Contains("规划发展处 李四", body, StringComparison.Ordinal);
        }

        Assert.Contains("Items whose officer has no e-mail address", english.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutAHeadTheOfficeReadsTheSame()
    {
        var planner = new ReminderPlanner(new ItemDeadlines(DeadlinePolicy.Default, WorkingDayCalendar.BuiltIn), ReminderPolicy.Default with { WeeklyDigest = false },
            new ReminderDirectory(Plans.Office, new Dictionary<string, string>()));
        var message = planner.Plan([Plans.Signed("2026-07-08", owner: null)], new DateOnly(2026, 9, 24), new HashSet<ReminderKey>()).Messages.Single();

        var rendered = new ReminderRenderer().Render(message);

        Assert.Equal(Plans.Office, rendered.To);
        Assert.Contains("承办人未登记邮箱的建议", rendered.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void TheOfficesDigestListsTheItemsWithoutAnOfficerAddress()
    {
        var items = new[] { Plans.Signed("2026-09-30", number: "2026-0001"), Plans.Signed("2026-09-30", number: "2026-0002", owner: null) };
        var plan = Plans.Planner(weeklyDigest: true).Plan(items, new DateOnly(2026, 11, 23), new HashSet<ReminderKey>());
        var office = plan.Messages.Single(m => m.Recipient == Plans.Office);

        var chinese = new ReminderRenderer().Render(office);
        var english = new ReminderRenderer(Language.English).Render(office);

        var listing = chinese.Text[chinese.Text.IndexOf("-- 承办人未登记邮箱（1 件）", StringComparison.Ordinal)..];
        Assert.Contains("2026-0002", listing, StringComparison.Ordinal);
        Assert.DoesNotContain("2026-0001", listing, StringComparison.Ordinal);
        Assert.Contains("承办人未登记邮箱（1 件）：其提醒改发处室负责人或督办室，请补登邮箱", chinese.Html, StringComparison.Ordinal);
        Assert.Contains("Officer without an e-mail address (1)", english.Text, StringComparison.Ordinal);
    }
}
