using SuggestionDesk.Calendar;

namespace SuggestionDesk.Core.Tests.Calendar;

public sealed class ExplanationTests
{
    private readonly ItemDeadlines deadlines = new(DeadlinePolicy.Default, WorkingDayCalendar.BuiltIn);

    [Fact]
    public void AWorkingDayDeadlineNamesTheRuleTheStartTheSkippedDaysAndTheMakeUpDay()
    {
        var signFor = Clock("2026-09-30", DeadlineClock.SignFor);

        Assert.Equal(
            "Sign-for due 2026-10-10: 3 working days after the assignment on 2026-09-30 (that day is day 0). Skipped: 2026-10-01..07 国庆节. Make-up working days counted: 2026-10-10 国庆节调休上班.",
            signFor.ExplainEnglish());
        Assert.Equal(
            "签收期限 2026-10-10：自交办日 2026-09-30 起3个工作日（当日为第0日）。跳过：2026-10-01..07 国庆节。计入调休上班日：2026-10-10 国庆节调休上班。",
            signFor.ExplainChinese());
    }

    [Fact]
    public void AMonthDeadlineSaysWhereItLandedAndWhyItMoved()
    {
        var reply = Clock("2026-07-01", DeadlineClock.Reply);

        Assert.Equal(
            "Reply due 2026-10-08: 3 months after the assignment on 2026-07-01 is 2026-10-01, not a working day, so the next working day. Skipped: 2026-10-01..07 国庆节.",
            reply.ExplainEnglish());
        Assert.Equal(
            "答复期限 2026-10-08：自交办日 2026-07-01 起3个月为 2026-10-01，非工作日，顺延至下一工作日。跳过：2026-10-01..07 国庆节。",
            reply.ExplainChinese());
    }

    [Fact]
    public void AProvisionalDeadlineNamesTheMissingYear()
    {
        var reply = Clock("2026-11-02", DeadlineClock.Reply);

        Assert.True(reply.IsProvisional);
        Assert.EndsWith("Provisional: the 2027 holiday calendar is not published yet, so Monday–Friday was assumed; it is recomputed when the calendar is loaded.", reply.ExplainEnglish(), StringComparison.Ordinal);
        Assert.EndsWith("暂定：2027年节假日安排尚未公布，按周一至周五推算，公布后重新计算。", reply.ExplainChinese(), StringComparison.Ordinal);
    }

    [Fact]
    public void AMonthDeadlineClampedToTheMonthsEndSaysWhy()
    {
        var opinion = Clock("2023-01-31", DeadlineClock.JointOpinion, HandlingRole.Joint);

        Assert.Equal(
            "Opinion to the lead unit due 2023-02-28: 1 month after the assignment on 2023-01-31 is 2023-02-28, the last day of that month (2023-02 has no day 31).",
            opinion.ExplainEnglish());
        Assert.Equal(
            "会办意见期限 2023-02-28：自交办日 2023-01-31 起1个月为 2023-02-28（2023年2月无31日，取月末）。",
            opinion.ExplainChinese());
    }

    [Fact]
    public void AClampedMonthDeadlineThatThenMovesSaysBoth()
    {
        var opinion = Clock("2021-01-31", DeadlineClock.JointOpinion, HandlingRole.Joint);

        Assert.Equal(
            "Opinion to the lead unit due 2021-03-01: 1 month after the assignment on 2021-01-31 is 2021-02-28, the last day of that month (2021-02 has no day 31), not a working day, so the next working day. Skipped: 2021-02-28 周末.",
            opinion.ExplainEnglish());
        Assert.Equal(
            "会办意见期限 2021-03-01：自交办日 2021-01-31 起1个月为 2021-02-28（2021年2月无31日，取月末），非工作日，顺延至下一工作日。跳过：2021-02-28 周末。",
            opinion.ExplainChinese());
    }

    [Fact]
    public void TheReturnWindowClosesRatherThanFallsDue()
    {
        var window = Clock("2026-07-01", DeadlineClock.Return);

        Assert.Equal(
            "Return request window closes 2026-07-08: 5 working days after the assignment on 2026-07-01 (that day is day 0). Skipped: 2026-07-04..05 周末.",
            window.ExplainEnglish());
        Assert.StartsWith("申请退回期限 2026-07-08：", window.ExplainChinese(), StringComparison.Ordinal);
    }

    [Fact]
    public void AnExtensionOverAProvisionalRuleDateSaysTheRuleDateWasProvisional()
    {
        var item = SuggestionItem.Create(Spec() with { AssignedOn = new DateOnly(2026, 11, 2) }, TestClock.As());
        item.RequestExtension(new DateOnly(2027, 3, 1), "需会办", new DateOnly(2026, 11, 20), TestClock.As());
        item.DecideExtension(true, "刘局长", new DateOnly(2026, 11, 21), TestClock.As());

        var reply = deadlines.For(item).Single(d => d.Clock == DeadlineClock.Reply);

        Assert.Contains("the rule gave 2027-02-02 (provisional)", reply.ExplainEnglish(), StringComparison.Ordinal);
        Assert.Contains("原期限 2027-02-02（暂定）", reply.ExplainChinese(), StringComparison.Ordinal);
        Assert.DoesNotContain("Provisional:", reply.ExplainEnglish(), StringComparison.Ordinal);
    }

    private Deadline Clock(string assigned, DeadlineClock clock, HandlingRole role = HandlingRole.Lead) =>
        deadlines.For(SuggestionItem.Create(Spec(role: role) with { AssignedOn = DateOnly.Parse(assigned) }, TestClock.As())).Single(d => d.Clock == clock);
}
