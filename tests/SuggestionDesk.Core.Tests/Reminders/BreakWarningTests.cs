using SuggestionDesk.Reminders;
using static SuggestionDesk.Core.Tests.Reminders.Reminding;

namespace SuggestionDesk.Core.Tests.Reminders;

/// <summary>On the last working day before a break, each officer is warned of what falls due during it or just after it.</summary>
public sealed class BreakWarningTests
{
    private static readonly DateOnly LastDayBeforeNationalDay = new(2026, 9, 30);

    [Fact]
    public void OnTheLastWorkingDayBeforeNationalDayEachOfficerIsWarnedOfTheirOwnItemsDueInTheBreakOrItsFirstThreeWorkingDays()
    {
        var replyDue1008 = Signed("2026-07-08", number: "A");
        var signForDue1009 = Unsigned("2026-09-29", number: "B");
        var replyDue1010 = Signed("2026-07-10", number: "C", owner: "wangfang@example.gov.cn", officer: "王芳");
        var replyDue1012 = Signed("2026-07-12", number: "D", owner: "wangfang@example.gov.cn", officer: "王芳");
        var notYet = Signed("2026-08-20", number: "E");

        var plan = Planner().Plan([replyDue1008, signForDue1009, replyDue1010, replyDue1012, notYet], LastDayBeforeNationalDay, NothingSent);

        var lisi = Assert.Single(plan.Messages, m => m.Recipient == Lisi);
        Assert.Equal(["A Reply D-1 国庆节假期前提醒", "B SignFor D-3 国庆节假期前提醒"], Lines(lisi));
        var wangfang = Assert.Single(plan.Messages, m => m.Recipient == "wangfang@example.gov.cn");
        // 10-10 is the make-up Saturday, the third working day after the break; 10-12 is past the warning, with its own D-7.
        Assert.Equal(["C Reply D-3 国庆节假期前提醒", "D Reply D-7 -"], Lines(wangfang));
        Assert.Equal(2, lisi.BeforeBreak);
        Assert.Equal((1, 1), (wangfang.BeforeBreak, wangfang.DueSoon));
        Assert.DoesNotContain(plan.Messages, m => m.Recipient is Office or PlanningHead);
        var coming = lisi.Break!;
        Assert.Equal((new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 7), 7), (coming.From, coming.To, coming.Days));
        Assert.Equal([new DateOnly(2026, 10, 8), new DateOnly(2026, 10, 9), new DateOnly(2026, 10, 10)], coming.WorkingDaysAfter);
    }

    [Fact]
    public void AWarningAndAStageForTheSameClockOnTheSameDayAreOneLineRecordedUnderBoth()
    {
        var item = Signed("2026-07-08");

        var plan = Planner().Plan([item], LastDayBeforeNationalDay, NothingSent);
        var again = Planner().Plan([item], LastDayBeforeNationalDay, Sent(plan));

        var message = Assert.Single(plan.Messages);
        var line = Assert.Single(message.Reminders.Single().Lines);
        Assert.Equal("D-1", line.Stage.ToString());
        Assert.NotNull(line.Break);
        Assert.Equal(["D-1", "Break"], message.Keys.Select(k => k.Stage));
        Assert.All(message.Keys, k => Assert.Equal(LastDayBeforeNationalDay, k.Date));
        Assert.Empty(again.Messages);
    }

    [Fact]
    public void AClockWithNoStageThatDayIsWarnedOfOnItsOwn()
    {
        // Stages 14 days before and on the day only: reply due 10-09 had its D-14 on 09-24 (09-25 is 中秋节), nothing on 09-30.
        var planner = Planner(ReminderPolicy.Default with { WeeklyDigest = false, StagesBeforeDue = [14, 0] });
        var item = Signed("2026-07-09");

        var schedule = Schedule(planner, [item], "2026-09-20", "2026-10-09");

        Assert.Equal(["2026-09-24 Reply D-14", "2026-09-30 Reply Break", "2026-10-09 Reply D0"], schedule);
    }

    [Fact]
    public void AnOrdinaryWeekendIsNoBreakButAThreeDayHolidayIs()
    {
        // 中秋节 2026: Friday 09-25 to Sunday 09-27. Reply due Monday 09-28 and Monday 10-19.
        var dueAfterMidAutumn = Signed("2026-06-28", number: "A");
        var planner = Planner();

        var thursday = planner.Plan([dueAfterMidAutumn], new DateOnly(2026, 9, 24), NothingSent);
        var ordinaryFriday = planner.Plan([Signed("2026-07-19", number: "B")], new DateOnly(2026, 10, 16), NothingSent);

        Assert.Equal("中秋节假期前提醒", Assert.Single(thursday.Messages).Break?.ChineseName);
        Assert.Null(Assert.Single(ordinaryFriday.Messages).Break);
    }

    [Theory]
    [InlineData(0, "")]
    [InlineData(10, "")]
    [InlineData(7, "A")]
    public void TheBreakLengthAndLookAheadAreSettings(int minimumDays, string warned)
    {
        // National Day 2026 is 7 days off; a look-ahead of 1 working day covers due dates up to 10-08 (A), not 10-09 (B).
        var planner = Planner(ReminderPolicy.Default with { WeeklyDigest = false, BreakMinimumDays = minimumDays, BreakLookAheadWorkingDays = 1 });
        var items = new[] { Signed("2026-07-08", number: "A"), Unsigned("2026-09-29", number: "B") };

        var plan = planner.Plan(items, LastDayBeforeNationalDay, NothingSent);

        var lines = Assert.Single(plan.Messages).Reminders.SelectMany(s => s.Lines).ToArray();
        Assert.Equal(2, lines.Length);
        Assert.Equal(warned, string.Concat(lines.Where(l => l.Break is not null).Select(l => l.Number.Value)));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(31)]
    public void ABreakShorterThanThreeDaysOrLongerThanAMonthIsRefused(int days)
    {
        var error = Assert.Throws<ArgumentException>(() => (ReminderPolicy.Default with { BreakMinimumDays = days }).Validated());

        Assert.Contains($"A break of {days} days off is not usable", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheBreaksNameComesFromTheCalendarWithTheFallbackForAnUnnamedOne()
    {
        var combined = HolidayBreak.After(new DateOnly(2025, 9, 30), SuggestionDesk.Calendar.WorkingDayCalendar.BuiltIn, 3, 3);
        var unnamed = new HolidayBreak(new DateOnly(2030, 1, 1), new DateOnly(2030, 1, 2), new DateOnly(2030, 1, 4), [], []);

        Assert.Equal("国庆节、中秋节假期前提醒", combined?.ChineseName);
        Assert.Equal("Before the National Day and Mid-Autumn Festival holiday", combined?.EnglishName);
        Assert.Equal(8, combined?.Days);
        Assert.Equal("长假前提醒", unnamed.ChineseName);
        Assert.Equal("Before the long break", unnamed.EnglishName);
    }

    private static string[] Lines(ReminderMessage message) => message.Reminders.SelectMany(s => s.Lines)
        .Select(l => $"{l.Number} {l.Clock} {l.Stage} {l.Break?.ChineseName ?? "-"}").ToArray();
}
