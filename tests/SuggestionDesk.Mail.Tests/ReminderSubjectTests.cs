namespace SuggestionDesk.Mail.Tests;

public sealed class ReminderSubjectTests
{
    [Theory]
    [InlineData(3, 0, 1, 0, "【催办】3 件建议即将到期，1 件已逾期", "[Reminder] 3 items due soon, 1 overdue")]
    [InlineData(0, 1, 0, 0, "【催办】1 件建议今日到期", "[Reminder] 1 item due today")]
    [InlineData(0, 0, 2, 1, "【催办】2 件建议已逾期，1 件待征询评价", "[Reminder] 2 items overdue, 1 awaiting evaluation follow-up")]
    [InlineData(1, 2, 3, 4, "【催办】1 件建议即将到期，2 件今日到期，3 件已逾期，4 件待征询评价",
        "[Reminder] 1 item due soon, 2 due today, 3 overdue, 4 awaiting evaluation follow-up")]
    public void TheSubjectCountsWhatIsNeededLeavingOutZeroes(int dueSoon, int dueToday, int overdue, int chases, string chinese, string english)
    {
        var message = Plans.WithCounts(dueSoon, dueToday, overdue, chases);

        Assert.Equal(chinese, new ReminderRenderer().Render(message).Subject);
        Assert.Equal(english, new ReminderRenderer(Language.English).Render(message).Subject);
    }

    [Fact]
    public void ADigestOnlyMessageSaysHowManyItemsAreOpen()
    {
        var items = new[] { Plans.Signed("2026-09-30"), Plans.Signed("2026-09-30", number: "2", department: "数据资源处") };
        var plan = Plans.Planner(weeklyDigest: true).Plan(items, new DateOnly(2026, 11, 23), new HashSet<ReminderKey>());
        var office = plan.Messages.Single(m => m.Recipient == Plans.Office);

        Assert.Empty(office.Reminders.SelectMany(s => s.Lines));
        Assert.Equal("【询办】本周建议办理情况：共 2 件在办", new ReminderRenderer().Render(office).Subject);
        Assert.Equal("[Weekly] 2 open items", new ReminderRenderer(Language.English).Render(office).Subject);
    }
}
