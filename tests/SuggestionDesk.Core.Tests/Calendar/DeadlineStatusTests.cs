using SuggestionDesk.Calendar;

namespace SuggestionDesk.Core.Tests.Calendar;

public sealed class DeadlineStatusTests
{
    private readonly ItemDeadlines deadlines = new(DeadlinePolicy.Default, WorkingDayCalendar.BuiltIn);
    private readonly ChangeContext by = TestClock.As();

    [Fact]
    public void AClockOverdueOnlyAcrossAHolidayIsOverdueByCalendarDaysNotZeroWorkingDays()
    {
        // Sign-for due 2026-09-30; 10-01..07 are the National Day holiday.
        var signFor = SignFor(AssignedOn("2026-09-24"));

        var status = signFor.StatusOn(new DateOnly(2026, 10, 3), deadlines.Calendar);

        Assert.Equal(new DateOnly(2026, 9, 30), signFor.Due);
        Assert.Equal(DeadlineState.Overdue, status.State);
        Assert.Equal(0, status.WorkingDaysLate);
        Assert.Equal("overdue by 3 days, none of them a working day", status.ToString());
        Assert.Equal("已逾期3天（均为非工作日）", status.ToChinese());
    }

    [Theory]
    [InlineData("2026-10-08", 1)] // the first working day after the holiday
    [InlineData("2026-10-10", 3)] // and the make-up Saturday counts
    [InlineData("2026-10-11", 3)] // a Sunday adds nothing
    public void OverdueWorkingDaysCountOnlyWorkingDaysAfterTheHoliday(string asOf, int late)
    {
        var status = SignFor(AssignedOn("2026-09-24")).StatusOn(DateOnly.Parse(asOf), deadlines.Calendar);

        Assert.Equal(DeadlineState.Overdue, status.State);
        Assert.Equal(late, status.WorkingDaysLate);
    }

    [Fact]
    public void AClockMetLateOnADayOffSaysSoInsteadOfZeroWorkingDaysLate()
    {
        var item = AssignedOn("2026-09-24");
        item.SignFor(new DateOnly(2026, 10, 2), by);

        var status = SignFor(item).StatusOn(new DateOnly(2026, 10, 9), deadlines.Calendar);

        Assert.Equal(DeadlineState.MetLate, status.State);
        Assert.Equal("met 2 days late, none of them a working day", status.ToString());
        Assert.Equal("逾期2天完成（均为非工作日）", status.ToChinese());
    }

    private Deadline SignFor(SuggestionItem item) => deadlines.For(item).Single(d => d.Clock == DeadlineClock.SignFor);

    private SuggestionItem AssignedOn(string date) =>
        SuggestionItem.Create(Spec() with { AssignedOn = DateOnly.Parse(date) }, by);
}
