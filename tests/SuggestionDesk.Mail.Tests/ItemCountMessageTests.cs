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

    [Fact]
    public void ProposalsAreCalledProposalsAndAMessageAboutBothSaysSo()
    {
        var asOf = new DateOnly(2026, 10, 9);
        var proposal = Plans.Signed("2026-07-01", number: "2026-0101", title: "关于加强个人信息保护的提案", kind: ItemKind.Proposal);
        var proposals = new ReminderRenderer().Render(Plans.Plan(asOf, proposal).Messages.Single(m => m.Recipient == "lisi@example.gov.cn"));
        var both = new ReminderRenderer().Render(Plans.Plan(asOf,
            Plans.Signed("2026-07-01", number: "2026-0001"),
            Plans.Signed("2026-07-01", number: "2026-0101", kind: ItemKind.Proposal)).Messages.Single(m => m.Recipient == "lisi@example.gov.cn"));

        Assert.Equal("【催办】1 件提案已逾期", proposals.Subject);
        Assert.Contains("以下提案的办理期限需要您关注", proposals.Text, StringComparison.Ordinal);
        Assert.Contains("您承办的提案", proposals.Text, StringComparison.Ordinal);
        Assert.Equal("【催办】2 件建议提案已逾期", both.Subject);
        Assert.Contains("以下建议提案的办理期限需要您关注", both.Text, StringComparison.Ordinal);
        Assert.Equal("【催办】4 件建议已逾期", new ReminderRenderer().Render(FourOverdue).Subject);
    }

    [Fact]
    public void TheEvaluationOfAProposalIsChasedWithTheMember()
    {
        var proposal = Plans.Signed("2026-09-01", number: "R-2", kind: ItemKind.Proposal);
        proposal.Reply(new DateOnly(2026, 11, 16), ResultClassScheme.Default.Parse("A"), null, TestClock.As());
        var suggestion = Plans.Signed("2026-09-01", number: "R-1");
        suggestion.Reply(new DateOnly(2026, 11, 16), ResultClassScheme.Default.Parse("A"), null, TestClock.As());

        var lines = Plans.Plan(new DateOnly(2026, 12, 7), proposal, suggestion).Messages.SelectMany(m => m.Reminders).SelectMany(s => s.Lines)
            .Where(l => l.Clock == "EvaluationChase").ToDictionary(l => l.Number.Value);

        Assert.Contains("仍未收到委员评价", lines["R-2"].ExplanationChinese, StringComparison.Ordinal);
        Assert.Contains("follow up with the member", lines["R-2"].Explanation, StringComparison.Ordinal);
        Assert.Contains("仍未收到代表评价", lines["R-1"].ExplanationChinese, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^\d+\. 2026-000\d", RegexOptions.Multiline)]
    private static partial Regex NumberedEntry();
}
