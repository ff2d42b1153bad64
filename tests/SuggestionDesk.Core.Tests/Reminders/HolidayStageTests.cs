using SuggestionDesk.Calendar;
using SuggestionDesk.Reminders;
using static SuggestionDesk.Core.Tests.Reminders.Reminding;

namespace SuggestionDesk.Core.Tests.Reminders;

/// <summary>A stage on a day off goes out on the last working day before it, never after (节前提醒).</summary>
public sealed class HolidayStageTests
{
    [Fact]
    public void BeforeNationalDay2026TheStagesInTheHolidayGoOutOnItsLastWorkingDay()
    {
        // Reply due 2026-10-08, the first working day after 10-01..07: D-7 (10-01), D-3 (10-05) and D-1 (10-07) all fall in
        // the holiday, so the closest of them, D-1, goes out on 09-30 with the warning before the break; then D0.
        var item = Signed("2026-07-08");

        var schedule = Schedule(Planner(), [item], "2026-09-01", "2026-10-09");

        Assert.Equal(["2026-09-24 Reply D-14", "2026-09-30 Reply D-1 Break", "2026-10-08 Reply D0", "2026-10-09 Reply Overdue"], schedule);
    }

    [Fact]
    public void AfterNationalDay2026AStageOnASundayGoesOutOnTheMakeUpSaturdayBeforeIt()
    {
        // Reply due Monday 2026-10-12: D-7 (10-05) goes out before the holiday; D-1 (Sunday 10-11) on the make-up Saturday 10-10.
        var item = Signed("2026-07-12");

        var schedule = Schedule(Planner(), [item], "2026-09-01", "2026-10-12");

        Assert.Equal(["2026-09-28 Reply D-14", "2026-09-30 Reply D-7", "2026-10-09 Reply D-3", "2026-10-10 Reply D-1", "2026-10-12 Reply D0"], schedule);
    }

    [Fact]
    public void BeforeSpringFestival2026TheWarningGoesOutOnTheMakeUpSaturday()
    {
        // Days off 2026-02-15..23; Saturday 02-14 is worked in exchange. Reply due 02-24: D-7, D-3, D-1 all in the break.
        var item = Signed("2025-11-24");

        var schedule = Schedule(Planner(), [item], "2026-02-01", "2026-02-24");

        Assert.Equal(["2026-02-10 Reply D-14", "2026-02-14 Reply D-1 Break", "2026-02-24 Reply D0"], schedule);
    }

    [Fact]
    public void AroundSpringFestival2027TheBuiltInCalendarKnowsNoHolidaySoStagesOnlyStepBackOverTheWeekendAndSaySoProvisionally()
    {
        // The State Council has not published 2027 yet: Monday–Friday is assumed, the due date is provisional, and no
        // break is made up. Reply due Monday 2027-02-08; D-1 (Sunday 02-07) goes out on Friday 02-05.
        var item = Signed("2026-11-08");

        var schedule = Schedule(Planner(), [item], "2027-01-18", "2027-02-08");
        var friday = Planner().Plan([item], new DateOnly(2027, 2, 5), NothingSent);

        Assert.Equal(["2027-01-25 Reply D-14", "2027-02-01 Reply D-7", "2027-02-05 Reply D-1", "2027-02-08 Reply D0"], schedule);
        var line = Assert.Single(Assert.Single(friday.Messages).Reminders.Single().Lines);
        Assert.Null(line.Break);
        Assert.True(line.Status.IsProvisional);
        Assert.Equal("还剩3天（暂定）", line.Status.ToChinese());
    }

    [Fact]
    public void OnceA2027CalendarIsLoadedTheSpringFestivalWarningFollowsIt()
    {
        // A stand-in for the 2027 calendar, which is not published yet: days off Saturday 02-06 to Sunday 02-14.
        var year = HolidayYear.Parse(
            """{"year": 2027, "papers": ["stand-in"], "days": [""" +
            string.Join(", ", Enumerable.Range(6, 9).Select(d => $$"""{"name": "春节", "date": "2027-02-{{d:00}}", "isOffDay": true}""")) + "]}",
            "2027 stand-in");
        var planner = Planner(calendar: WorkingDayCalendar.BuiltIn.With([year]));
        // 3 months after 2026-11-08 is 2027-02-08, in the holiday: due on the first working day after it, 02-15.
        var item = Signed("2026-11-08");

        var schedule = Schedule(planner, [item], "2027-01-25", "2027-02-15");
        var plan = planner.Plan([item], new DateOnly(2027, 2, 5), NothingSent);

        Assert.Equal(["2027-02-01 Reply D-14", "2027-02-05 Reply D-1 Break", "2027-02-15 Reply D0"], schedule);
        var coming = Assert.Single(plan.Messages).Break;
        Assert.NotNull(coming);
        Assert.Equal("春节假期前提醒", coming.ChineseName);
        Assert.Equal("Before the Spring Festival holiday", coming.EnglishName);
        Assert.Equal([new DateOnly(2027, 2, 15), new DateOnly(2027, 2, 16), new DateOnly(2027, 2, 17)], coming.WorkingDaysAfter);
    }

    [Fact]
    public void WithStagesMovedLaterTheOldScheduleHolds()
    {
        var planner = Planner(ReminderPolicy.Default with { WeeklyDigest = false, MoveStagesEarlier = false, BreakMinimumDays = 0 });

        var schedule = Schedule(planner, [Signed("2026-07-12")], "2026-09-01", "2026-10-12");

        // D-7 (10-05) waits until 10-08, after the holiday; D-1 (Sunday 10-11) waits until Monday and is overtaken there by D0.
        Assert.Equal(["2026-09-28 Reply D-14", "2026-10-08 Reply D-7", "2026-10-09 Reply D-3", "2026-10-12 Reply D0"], schedule);
    }
}
