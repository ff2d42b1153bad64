using SuggestionDesk.Calendar;
using SuggestionDesk.Reminders;

namespace SuggestionDesk.Core.Tests.Reminders;

public sealed class ReminderPlannerTests
{
    private const string Office = "duban@example.gov.cn";
    private const string PlanningHead = "head.planning@example.gov.cn";
    private const string DataHead = "head.data@example.gov.cn";
    private static readonly ResultClass A = ResultClassScheme.Default.Parse("A");
    private static readonly HashSet<ReminderKey> NothingSent = [];
    private readonly ChangeContext by = TestClock.As();

    private readonly ReminderPlanner planner = new(
        new ItemDeadlines(DeadlinePolicy.Default, WorkingDayCalendar.BuiltIn),
        ReminderPolicy.Default with { WeeklyDigest = false },
        new ReminderDirectory(Office, new Dictionary<string, string> { ["规划发展处"] = PlanningHead, ["数据资源处"] = DataHead }));

    [Theory]
    // Reply due 2026-12-30 (3 months after 2026-09-30); stages on working days go out that day.
    [InlineData("2026-12-16", "D-14")]
    [InlineData("2026-12-23", "D-7")]
    [InlineData("2026-12-27", "D-3")]  // a Sunday: nothing that day ...
    [InlineData("2026-12-28", "D-3")]  // ... so D-3 goes out on Monday
    [InlineData("2026-12-29", "D-1")]
    [InlineData("2026-12-30", "D0")]
    [InlineData("2026-12-31", "Overdue")]
    public void EachStageGoesToTheOwnerOnItsWorkingDay(string asOf, string stage)
    {
        var item = Signed("2026-09-30");

        var plan = planner.Plan([item], DateOnly.Parse(asOf), NothingSent);

        if (DateOnly.Parse(asOf).DayOfWeek == DayOfWeek.Sunday)
        {
            Assert.Contains("周末", plan.SkippedBecause, StringComparison.Ordinal);
            return;
        }

        var message = Assert.Single(plan.Messages, m => m.Recipient == "lisi@example.gov.cn");
        var line = Assert.Single(message.Reminders.Single(s => s.Role == RecipientRole.Owner).Lines);
        Assert.Equal(stage, line.Stage.ToString());
        Assert.Equal("Reply", line.Clock);
        Assert.Equal(new DateOnly(2026, 12, 30), line.Due);
    }

    [Fact]
    public void BetweenStagesNothingIsSentAgain()
    {
        var item = Signed("2026-09-30");
        var first = planner.Plan([item], new DateOnly(2026, 12, 16), NothingSent);

        var later = planner.Plan([item], new DateOnly(2026, 12, 18), Sent(first));

        Assert.Empty(later.Messages);
    }

    [Fact]
    public void RunningTwiceOnTheSameDaySendsNothingNew()
    {
        var items = new[] { Signed("2026-06-01"), Signed("2026-09-30") };
        var first = planner.Plan(items, new DateOnly(2026, 12, 16), NothingSent);

        var second = planner.Plan(items, new DateOnly(2026, 12, 16), Sent(first));

        Assert.NotEmpty(first.Messages);
        Assert.Empty(second.Messages);
    }

    [Fact]
    public void ARunThatSentOnlySomeMessagesResumesWithTheRest()
    {
        var items = new[] { Signed("2026-06-01"), Signed("2026-06-01", number: "2", owner: "wangfang@example.gov.cn") };
        var first = planner.Plan(items, new DateOnly(2026, 12, 16), NothingSent);
        var crashedAfterOne = first.Messages.Take(1).SelectMany(m => m.Keys).ToHashSet();

        var resumed = planner.Plan(items, new DateOnly(2026, 12, 16), crashedAfterOne);

        Assert.Equal(first.Messages.Skip(1).Select(m => m.Recipient), resumed.Messages.Select(m => m.Recipient));
    }

    [Fact]
    public void NothingGoesOutOnAHolidayAndAMakeUpSaturdayIsAWorkingDay()
    {
        // Reply due 2026-10-13 (Tuesday): D-3 is the make-up Saturday 2026-10-10.
        var item = Signed("2026-07-13");

        var holiday = planner.Plan([item], new DateOnly(2026, 10, 3), NothingSent);
        var saturday = planner.Plan([item], new DateOnly(2026, 10, 10), NothingSent);

        Assert.Equal("2026-10-03 is not a working day (国庆节); the next working day's run covers it.", holiday.SkippedBecause);
        Assert.Empty(holiday.Messages);
        Assert.Null(saturday.SkippedBecause);
        Assert.Equal("D-3", Assert.Single(Assert.Single(saturday.Messages).Reminders.Single().Lines).Stage.ToString());
    }

    [Fact]
    public void WithStagesMovedLaterTheStagesInGoldenWeekGoOutOnceOnTheNextWorkingDay()
    {
        // The policy's other choice: a stage on a day off goes out on the next working day, and no warning before the break.
        var later = new ReminderPlanner(new ItemDeadlines(DeadlinePolicy.Default, WorkingDayCalendar.BuiltIn),
            ReminderPolicy.Default with { WeeklyDigest = false, MoveStagesEarlier = false, BreakMinimumDays = 0 }, ReminderDirectory.Empty);
        // Reply due 2026-10-08, the first working day after National Day: D-7, D-3 and D-1 fall in the holiday.
        var item = Signed("2026-07-01");
        var d14 = later.Plan([item], new DateOnly(2026, 9, 24), NothingSent);

        var beforeHoliday = later.Plan([item], new DateOnly(2026, 9, 30), Sent(d14));
        var afterHoliday = later.Plan([item], new DateOnly(2026, 10, 8), Sent(d14));

        Assert.Empty(beforeHoliday.Messages);
        var line = Assert.Single(Assert.Single(afterHoliday.Messages).Reminders.Single().Lines);
        Assert.Equal("D0", line.Stage.ToString());
    }

    [Theory]
    [InlineData("2026-10-09", 1, new[] { RecipientRole.Owner, RecipientRole.DepartmentHead })]
    [InlineData("2026-10-13", 4, new[] { RecipientRole.Owner, RecipientRole.DepartmentHead })]
    [InlineData("2026-10-14", 5, new[] { RecipientRole.Owner, RecipientRole.DepartmentHead, RecipientRole.Office })]
    public void OverdueEscalatesToTheHeadThenTheOffice(string asOf, int workingDaysLate, RecipientRole[] told)
    {
        var item = Signed("2026-07-01");

        var plan = planner.Plan([item], DateOnly.Parse(asOf), NothingSent);

        var roles = plan.Messages.SelectMany(m => m.Reminders.Select(s => s.Role)).Order().ToArray();
        Assert.Equal(told, roles);
        Assert.All(plan.Messages.SelectMany(m => m.Reminders).SelectMany(s => s.Lines), l => Assert.Equal(workingDaysLate, l.Status.WorkingDaysLate));
    }

    [Fact]
    public void OverdueRemindersRepeatEachWorkingDay()
    {
        var item = Signed("2026-07-01");
        var friday = planner.Plan([item], new DateOnly(2026, 10, 9), NothingSent);

        var saturday = planner.Plan([item], new DateOnly(2026, 10, 10), Sent(friday));

        Assert.Equal(friday.Messages.Select(m => m.Recipient), saturday.Messages.Select(m => m.Recipient));
    }

    [Fact]
    public void AJointItemIsChasedForItsOpinionAndALeadItemForItsReply()
    {
        var joint = SignedJoint("2026-07-01");
        var lead = Signed("2026-07-01", number: "2");

        var plan = planner.Plan([joint, lead], new DateOnly(2026, 7, 20), NothingSent);

        var lines = plan.Messages.Single().Reminders.Single().Lines;
        Assert.Equal(["JointOpinion"], lines.Select(l => l.Clock));
        Assert.Equal(new DateOnly(2026, 8, 3), lines[0].Due);
        Assert.Equal("D-14", lines[0].Stage.ToString());
    }

    [Fact]
    public void ANotYetSignedItemIsChasedForItsSignFor()
    {
        var item = SuggestionItem.Create(Spec() with { AssignedOn = new DateOnly(2026, 11, 23) }, by);

        var plan = planner.Plan([item], new DateOnly(2026, 11, 26), NothingSent);

        var line = Assert.Single(plan.Messages.Single(m => m.Recipient == "lisi@example.gov.cn").Reminders.Single().Lines, l => l.Clock == "SignFor");
        Assert.Equal("D0", line.Stage.ToString());
    }

    [Fact]
    public void APersonWhoIsOwnerAndHeadGetsOneMessageWithBothSections()
    {
        var owned = Signed("2026-07-01", number: "mine", owner: PlanningHead, department: "数据资源处");
        var underThem = Signed("2026-07-01", number: "theirs");

        var plan = planner.Plan([owned, underThem], new DateOnly(2026, 10, 9), NothingSent);

        var message = Assert.Single(plan.Messages, m => m.Recipient == PlanningHead);
        Assert.Equal([RecipientRole.Owner, RecipientRole.DepartmentHead], message.Reminders.Select(s => s.Role));
        Assert.Equal("mine", message.Reminders[0].Lines.Single().Number.Value);
        Assert.Equal("theirs", message.Reminders[1].Lines.Single().Number.Value);
    }

    [Fact]
    public void AMissingEvaluationIsChasedOnceAfterFifteenWorkingDays()
    {
        var item = Signed("2026-03-02");
        item.Reply(new DateOnly(2026, 5, 6), A, "答复", by);

        // 15 working days after 2026-05-06, counting the make-up Saturday 2026-05-09, is 2026-05-26.
        var due = planner.Plan([item], new DateOnly(2026, 5, 26), NothingSent);
        var next = planner.Plan([item], new DateOnly(2026, 5, 27), Sent(due));
        var before = planner.Plan([item], new DateOnly(2026, 5, 25), NothingSent);

        var line = Assert.Single(Assert.Single(due.Messages).Reminders.Single().Lines);
        Assert.Equal("EvaluationChase", line.Clock);
        Assert.Contains("请与代表沟通跟进", line.ExplanationChinese, StringComparison.Ordinal);
        Assert.Empty(next.Messages);
        Assert.Empty(before.Messages);
    }

    [Fact]
    public void TheWeeklyDigestGoesToTheOfficeAndEachHeadOnTheWeeksFirstWorkingDay()
    {
        var withDigest = new ReminderPlanner(new ItemDeadlines(DeadlinePolicy.Default, WorkingDayCalendar.BuiltIn), ReminderPolicy.Default,
            new ReminderDirectory(Office, new Dictionary<string, string> { ["规划发展处"] = PlanningHead, ["数据资源处"] = DataHead }));
        var items = new[] { Signed("2026-09-30"), Signed("2026-09-30", number: "2", department: "数据资源处"), SuggestionItem.Create(Spec("3") with { AssignedOn = new DateOnly(2026, 9, 30) }, by) };

        var monday = withDigest.Plan(items, new DateOnly(2026, 11, 23), NothingSent);
        var tuesday = withDigest.Plan(items, new DateOnly(2026, 11, 24), NothingSent);
        var afterNationalDay = withDigest.Plan(items, new DateOnly(2026, 10, 8), NothingSent);

        var office = Assert.Single(monday.Messages.Single(m => m.Recipient == Office).Digests);
        Assert.Equal(3, office.Total);
        Assert.Equal([ItemStatus.Assigned, ItemStatus.SignedFor], office.Groups.Select(g => g.Key));
        Assert.Equal(2, monday.Messages.Single(m => m.Recipient == PlanningHead).Digests.Single().Total);
        Assert.Equal("数据资源处", monday.Messages.Single(m => m.Recipient == DataHead).Digests.Single().Department);
        Assert.DoesNotContain(tuesday.Messages, m => m.Digests.Count > 0);
        Assert.Contains(afterNationalDay.Messages, m => m.Digests.Count > 0);
    }

    [Fact]
    public void TheReminderAndDigestScopesSplitTheFirstWorkingDaysPlanWithoutLosingAnything()
    {
        var withDigest = new ReminderPlanner(new ItemDeadlines(DeadlinePolicy.Default, WorkingDayCalendar.BuiltIn), ReminderPolicy.Default,
            new ReminderDirectory(Office, new Dictionary<string, string> { ["规划发展处"] = PlanningHead }));
        var items = new[] { Signed("2026-07-01") };
        var monday = new DateOnly(2026, 11, 23);

        var all = withDigest.Plan(items, monday, NothingSent);
        var reminders = withDigest.Plan(items, monday, NothingSent, ReminderScope.Reminders);
        var digest = withDigest.Plan(items, monday, NothingSent, ReminderScope.Digest);
        var tuesdayDigest = withDigest.Plan(items, monday.AddDays(1), NothingSent, ReminderScope.Digest);

        Assert.All(reminders.Messages, m => Assert.Empty(m.Digests));
        Assert.All(digest.Messages, m => Assert.Empty(m.Reminders));
        Assert.NotEmpty(reminders.Messages);
        Assert.Equal([Office, PlanningHead], digest.Messages.Select(m => m.Recipient).Order());
        Assert.Equal(Sent(all).Select(k => k.ToString()).Order(), Sent(reminders).Concat(Sent(digest)).Select(k => k.ToString()).Order());
        Assert.Empty(tuesdayDigest.Messages);
    }

    private static HashSet<ReminderKey> Sent(ReminderPlan plan) => plan.Messages.SelectMany(m => m.Keys).ToHashSet();

    private SuggestionItem Signed(string assigned, string number = "20210347", string owner = "lisi@example.gov.cn", string department = "规划发展处")
    {
        var item = SuggestionItem.Create(Spec(number) with { AssignedOn = DateOnly.Parse(assigned), OwnerEmail = owner, Department = department }, by);
        item.SignFor(DateOnly.Parse(assigned), by);
        return item;
    }

    private SuggestionItem SignedJoint(string assigned)
    {
        var item = SuggestionItem.Create(Spec(role: HandlingRole.Joint) with { AssignedOn = DateOnly.Parse(assigned) }, by);
        item.SignFor(DateOnly.Parse(assigned), by);
        return item;
    }

}
