using System.Net;

namespace SuggestionDesk.Mail.Tests;

/// <summary>The warning before a break, as the officer reads it (节前提醒).</summary>
public sealed class HolidayMessageTests
{
    // On 2026-09-30, the last working day before National Day (10-01..07): reply due 10-08 (its D-1 falls in the
    // holiday) and a sign-for due 10-09, the first and second working days after the break.
    private static readonly ReminderMessage BeforeNationalDay = Plans.Plan(
        new DateOnly(2026, 9, 30), Plans.Signed("2026-07-08", number: "A"), Plans.Unsigned("2026-09-29", number: "B")).Messages.Single();

    [Fact]
    public void TheSubjectNamesTheBreakAndCountsItsItems()
    {
        Assert.Equal("【催办】国庆节假期前提醒：2 件建议在假期中或节后到期", new ReminderRenderer().Render(BeforeNationalDay).Subject);
        Assert.Equal("[Reminder] Before the National Day holiday: 2 items due during or just after the break",
            new ReminderRenderer(Language.English).Render(BeforeNationalDay).Subject);
    }

    [Fact]
    public void TheBodyExplainsTheBreakAndMarksEachClockAgainstIt()
    {
        var chinese = new ReminderRenderer().Render(BeforeNationalDay);

        foreach (var body in new[] { chinese.Text, chinese.Html })
        {
            Assert.Contains("国庆节假期前提醒：2026-10-01至2026-10-07放假，共7天。", body, StringComparison.Ordinal);
            Assert.Contains("在假期中或节后3个工作日内（至2026-10-10，含当日）到期，请在节前安排办理。", body, StringComparison.Ordinal);
            Assert.Contains("还剩8天（节后第1个工作日到期）", body, StringComparison.Ordinal);
            Assert.Contains("还剩2个工作日（节后第2个工作日到期）", body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void TheEnglishBodySaysTheSame()
    {
        var english = new ReminderRenderer(Language.English).Render(BeforeNationalDay);

        Assert.Contains("Before the National Day holiday: 2026-10-01 to 2026-10-07 are days off (7 days).", english.Text, StringComparison.Ordinal);
        Assert.Contains("in its first 3 working days after it (by 2026-10-10): please see to them before the break.", english.Text, StringComparison.Ordinal);
        Assert.Contains("due in 8 days (due on working day 1 after the break)", english.Text, StringComparison.Ordinal);
        Assert.Contains("due in 2 working days (due on working day 2 after the break)", english.Text, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode("due in 8 days (due on working day 1 after the break)"), english.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void AMessageWithoutABreakHasNoWarning()
    {
        var message = Plans.Plan(new DateOnly(2026, 12, 23), Plans.Signed("2026-09-30")).Messages.Single();

        var rendered = new ReminderRenderer().Render(message);

        Assert.Equal("【催办】1 件建议即将到期", rendered.Subject);
        Assert.DoesNotContain("假期", rendered.Text, StringComparison.Ordinal);
    }
}
