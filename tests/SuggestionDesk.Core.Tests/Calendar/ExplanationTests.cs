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

    private Deadline Clock(string assigned, DeadlineClock clock) =>
        deadlines.For(SuggestionItem.Create(Spec() with { AssignedOn = DateOnly.Parse(assigned) }, TestClock.As())).Single(d => d.Clock == clock);
}
