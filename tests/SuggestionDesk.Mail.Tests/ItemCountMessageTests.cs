using System.Text.RegularExpressions;

namespace SuggestionDesk.Mail.Tests;

/// <summary>Messages count items: an item with two clocks due is one entry with both clocks under it.</summary>
public sealed partial class ItemCountMessageTests
{
    // On 2026-10-09: item 1 was never signed for, so its sign-for (due 07-06) and its reply (due 10-08) are both overdue;
    // items 2 to 4 are signed for and their replies are overdue.
    private static readonly ReminderMessage FourOverdue = Plans.Plan(new DateOnly(2026, 10, 9),
        Plans.Unsigned("2026-07-01", number: "2026-0001"), Plans.Signed("2026-07-01", number: "2026-0002"),
        Plans.Signed("2026-07-01", number: "2026-0003"), Plans.Signed("2026-07-01", number: "2026-0004")).Messages.Single(m => m.Recipient == "lisi@example.gov.cn");

    [Fact]
    public void TheSubjectCountsItemsNotClocks()
    {
        Assert.Equal("【催办】4 件建议已逾期", new ReminderRenderer().Render(FourOverdue).Subject);
        Assert.Equal("[Reminder] 4 items overdue", new ReminderRenderer(Language.English).Render(FourOverdue).Subject);
    }

    [Fact]
    public void AnItemWithTwoOverdueClocksAppearsOnceWithBothUnderIt()
    {
        var rendered = new ReminderRenderer().Render(FourOverdue);

        Assert.Single(Regex.Matches(rendered.Text, "2026-0001"));
        var entry = rendered.Text[rendered.Text.IndexOf("1. 2026-0001", StringComparison.Ordinal)..rendered.Text.IndexOf("2. 2026-0002", StringComparison.Ordinal)];
        Assert.Contains("期限：签收\u3000到期日：2026-07-06\u3000状态：已逾期", entry, StringComparison.Ordinal);
        Assert.Contains("期限：答复\u3000到期日：2026-10-08\u3000状态：已逾期1个工作日", entry, StringComparison.Ordinal);
        Assert.Equal(4, NumberedEntry().Matches(rendered.Text).Count);
        // In HTML the item's number and title span the rows of both its clocks.
        Assert.Single(Regex.Matches(rendered.Html, "2026-0001"));
        Assert.Contains("<td rowspan=\"4\"", rendered.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void TimeLeftIsInTheClocksOwnUnit()
    {
        // Assigned Friday 2026-11-20, not signed for: sign-for due Wednesday 11-25, 3 working days but 5 days away.
        var signFor = Plans.Plan(new DateOnly(2026, 11, 20), Plans.Unsigned("2026-11-20")).Messages.Single();
        var reply = Plans.Plan(new DateOnly(2026, 12, 23), Plans.Signed("2026-09-30")).Messages.Single();

        Assert.Contains("状态：还剩3个工作日", new ReminderRenderer().Render(signFor).Text, StringComparison.Ordinal);
        Assert.DoesNotContain("还剩5天", new ReminderRenderer().Render(signFor).Text, StringComparison.Ordinal);
        Assert.Contains("Status: due in 3 working days", new ReminderRenderer(Language.English).Render(signFor).Text, StringComparison.Ordinal);
        Assert.Contains("状态：还剩7天", new ReminderRenderer().Render(reply).Text, StringComparison.Ordinal);
        Assert.Contains("Status: due in 7 days", new ReminderRenderer(Language.English).Render(reply).Text, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^\d+\. 2026-000\d", RegexOptions.Multiline)]
    private static partial Regex NumberedEntry();
}
