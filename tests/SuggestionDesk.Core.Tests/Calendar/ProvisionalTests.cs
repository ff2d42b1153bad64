using SuggestionDesk.Calendar;

namespace SuggestionDesk.Core.Tests.Calendar;

/// <summary>Nothing computed through a year without a calendar is passed off as certain.</summary>
public sealed class ProvisionalTests
{
    private readonly ItemDeadlines deadlines = new(DeadlinePolicy.Default, WorkingDayCalendar.BuiltIn);

    // Items assigned in 2027 can only be recorded once it is 2027.
    private readonly ChangeContext in2027 = TestClock.As("张三", TestClock.At(new DateOnly(2027, 6, 1)));

    [Fact]
    public void AClockStartingInTheUnpublishedYearIsProvisionalAndSaysSo()
    {
        var signFor = Clocks("2027-01-25").Single(d => d.Clock == DeadlineClock.SignFor);

        Assert.Equal(new DateOnly(2027, 1, 28), signFor.Due);
        Assert.True(signFor.IsProvisional);
        Assert.EndsWith("暂定：2027年节假日安排尚未公布，按周一至周五推算，公布后重新计算。", signFor.ExplainChinese(), StringComparison.Ordinal);
    }

    [Fact]
    public void AReturnRefusedOnAGuessedWindowSaysTheWindowIsProvisionalAndWhatToDo()
    {
        // 2026-12-28 + 5 working days counts 2027-01-01 as a working day only because 2027 is not loaded.
        var item = SuggestionItem.Create(Spec() with { AssignedOn = new DateOnly(2026, 12, 28) }, in2027);

        var error = Assert.Throws<ItemRuleException>(() => deadlines.CheckReturn(item, new DateOnly(2027, 1, 5)));

        Assert.Contains("closed on 2027-01-04", error.Message, StringComparison.Ordinal);
        Assert.Contains("provisional: the 2027 holiday calendar is not published yet", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("unless the calendar moves the window: load the 2027 calendar once it is published and ask again.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AReturnRefusedOnAKnownWindowSaysNothingAboutProvisional()
    {
        var item = SuggestionItem.Create(Spec() with { AssignedOn = new DateOnly(2026, 9, 28) }, in2027);

        var error = Assert.Throws<ItemRuleException>(() => deadlines.CheckReturn(item, new DateOnly(2026, 10, 12)));

        Assert.DoesNotContain("provisional", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnExtensionLimitInTheUnpublishedYearIsNamedProvisional()
    {
        var item = SuggestionItem.Create(Spec() with { AssignedOn = new DateOnly(2026, 8, 3) }, in2027);

        var error = Assert.Throws<ItemRuleException>(() => deadlines.CheckExtension(item, new DateOnly(2027, 3, 1)));

        Assert.Contains("which is 2027-02-03", error.Message, StringComparison.Ordinal);
        Assert.Contains("provisional: the 2027 holiday calendar is not published yet", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnOverdueCountThroughTheUnpublishedYearIsProvisional()
    {
        // The sign-for was due on 2026-11-05 (known), but the working days since are counted through 2027.
        var signFor = Clocks("2026-11-02").Single(d => d.Clock == DeadlineClock.SignFor);

        var status = signFor.StatusOn(new DateOnly(2027, 1, 8), deadlines.Calendar);

        Assert.False(signFor.IsProvisional);
        Assert.True(status.IsProvisional);
        Assert.EndsWith("(provisional)", status.ToString(), StringComparison.Ordinal);
        Assert.EndsWith("（暂定）", status.ToChinese(), StringComparison.Ordinal);
    }

    [Fact]
    public void AnOverdueCountWithinPublishedYearsIsNotProvisional()
    {
        var signFor = Clocks("2026-11-02").Single(d => d.Clock == DeadlineClock.SignFor);

        var status = signFor.StatusOn(new DateOnly(2026, 12, 31), deadlines.Calendar);

        Assert.False(status.IsProvisional);
        Assert.Equal("overdue by 40 working days", status.ToString());
    }

    [Fact]
    public void AStatusOfAProvisionalDueDateIsProvisional()
    {
        var reply = Clocks("2026-11-02").Single(d => d.Clock == DeadlineClock.Reply);

        var status = reply.StatusOn(new DateOnly(2027, 1, 25), deadlines.Calendar);

        Assert.Equal(DeadlineState.DueSoon, status.State);
        Assert.True(status.IsProvisional);
        Assert.Equal("due in 8 days (provisional)", status.ToString());
    }

    [Fact]
    public void ADateBeforeTheCalendarDataSaysItIsNotLoadedRatherThanNotYetPublished()
    {
        // 2018's calendar was published long ago; the data here starts with 2019 (and the 2019 notice's last days of 2018).
        var signFor = Clocks("2018-12-26").Single(d => d.Clock == DeadlineClock.SignFor);

        Assert.True(signFor.IsProvisional);
        Assert.Equal(new DateOnly(2018, 12, 29), signFor.Due);
        Assert.EndsWith("Provisional: the 2018 holiday calendar is not loaded, so Monday–Friday was assumed; it is recomputed when the calendar is loaded.", signFor.ExplainEnglish(), StringComparison.Ordinal);
        Assert.EndsWith("暂定：2018年节假日安排未载入，按周一至周五推算，载入后重新计算。", signFor.ExplainChinese(), StringComparison.Ordinal);
    }

    [Fact]
    public void TwoMissingYearsAreNamedInThePlural()
    {
        var due = new DueDateCalculator(WorkingDayCalendar.BuiltIn).Compute(new DateOnly(2027, 12, 28), DeadlineRule.WorkingDays(5));
        var signFor = new Deadline(DeadlineClock.SignFor, due.Start, ItemDeadlines.Assignment, due, null, null);

        Assert.Equal([2027, 2028], due.MissingYears);
        Assert.EndsWith("Provisional: the 2027 and 2028 holiday calendars are not published yet, so Monday–Friday was assumed; it is recomputed when the calendars are loaded.", signFor.ExplainEnglish(), StringComparison.Ordinal);
        Assert.EndsWith("暂定：2027、2028年节假日安排尚未公布，按周一至周五推算，公布后重新计算。", signFor.ExplainChinese(), StringComparison.Ordinal);
    }

    [Fact]
    public void AWorkingDayCountBefore2019IsProvisionalButTheListedLastDaysOf2018AreKnown()
    {
        var calculator = new DueDateCalculator(WorkingDayCalendar.BuiltIn);

        Assert.Equal([2018], calculator.Compute(new DateOnly(2018, 12, 20), DeadlineRule.WorkingDays(3)).MissingYears);
        Assert.False(calculator.Compute(new DateOnly(2018, 12, 28), DeadlineRule.WorkingDays(3)).IsProvisional);
        Assert.Equal(new DateOnly(2019, 1, 3), calculator.Compute(new DateOnly(2018, 12, 28), DeadlineRule.WorkingDays(3)).Date);
    }

    private IReadOnlyList<Deadline> Clocks(string assigned) =>
        deadlines.For(SuggestionItem.Create(Spec() with { AssignedOn = DateOnly.Parse(assigned) }, in2027));
}
