using SuggestionDesk.Calendar;

namespace SuggestionDesk.Core.Tests.Calendar;

public sealed class CalendarReloadTests
{
    private static readonly WorkingDayCalendar Before = WorkingDayCalendar.BuiltIn;
    private static readonly WorkingDayCalendar After = WorkingDayCalendar.BuiltIn.With([CalendarData.Year2027()]);
    private readonly ChangeContext by = TestClock.As();

    [Fact]
    public void LoadingTheMissingYearMovesAProvisionalDueDateAndReportsIt()
    {
        var item = SuggestionItem.Create(Spec() with { AssignedOn = new DateOnly(2026, 11, 2) }, by);

        var change = Assert.Single(DueDateChange.Between([item], DeadlinePolicy.Default, Before, After));

        Assert.Equal(DeadlineClock.Reply, change.Clock);
        Assert.Equal(new DateOnly(2027, 2, 2), change.Before.Due);
        Assert.True(change.Before.IsProvisional);
        Assert.Equal(new DateOnly(2027, 2, 6), change.After.Due);
        Assert.False(change.After.IsProvisional);
        Assert.Contains("跳过：2027-02-02..05 春节。计入调休上班日：2027-02-06 春节调休上班", change.After.ExplainChinese(), StringComparison.Ordinal);
    }

    [Fact]
    public void AnExtensionDateSurvivesTheReload()
    {
        var item = SuggestionItem.Create(Spec() with { AssignedOn = new DateOnly(2026, 11, 2) }, by);
        item.RequestExtension(new DateOnly(2027, 2, 3), "需会办", new DateOnly(2026, 11, 20), by);
        item.DecideExtension(true, "刘局长", new DateOnly(2026, 11, 21), by);

        var before = new ItemDeadlines(DeadlinePolicy.Default, Before).For(item).Single(d => d.Clock == DeadlineClock.Reply);
        var after = new ItemDeadlines(DeadlinePolicy.Default, After).For(item).Single(d => d.Clock == DeadlineClock.Reply);

        Assert.Equal(new DateOnly(2027, 2, 3), before.Due);
        Assert.Equal(new DateOnly(2027, 2, 3), after.Due);
        Assert.False(before.IsProvisional);
        Assert.DoesNotContain(DueDateChange.Between([item], DeadlinePolicy.Default, Before, After), c => c.Clock == DeadlineClock.Reply);
    }

    [Fact]
    public void DatesOutsideTheLoadedYearAreNotReported()
    {
        var item = SuggestionItem.Create(Spec() with { AssignedOn = new DateOnly(2026, 5, 6) }, by);

        Assert.Empty(DueDateChange.Between([item], DeadlinePolicy.Default, Before, After));
    }
}
