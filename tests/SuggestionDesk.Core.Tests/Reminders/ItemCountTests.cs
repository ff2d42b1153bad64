using SuggestionDesk.Calendar;
using SuggestionDesk.Reminders;
using static SuggestionDesk.Core.Tests.Reminders.Reminding;

namespace SuggestionDesk.Core.Tests.Reminders;

/// <summary>A message counts items, not clocks, and states time left in each clock's own unit.</summary>
public sealed class ItemCountTests
{
    [Fact]
    public void FourOverdueItemsCountAsFourWhenOneOfThemHasTwoOverdueClocks()
    {
        // Not signed for since 2026-07-01: sign-for (due 07-06) and reply (due 10-08) are both overdue on 10-09.
        var twoClocks = Unsigned("2026-07-01", number: "1");
        var items = new[] { twoClocks, Signed("2026-07-01", number: "2"), Signed("2026-07-01", number: "3"), Signed("2026-07-01", number: "4") };

        var plan = Planner().Plan(items, new DateOnly(2026, 10, 9), NothingSent);

        var owner = Assert.Single(plan.Messages, m => m.Recipient == Lisi);
        var section = Assert.Single(owner.Reminders);
        Assert.Equal(5, section.Lines.Count);
        Assert.Equal(4, owner.Overdue);
        Assert.Equal(["1", "2", "3", "4"], section.Items.Select(i => i.Key.Value));
        Assert.Equal(["SignFor", "Reply"], section.Items[0].Select(l => l.Clock));
        var head = Assert.Single(plan.Messages, m => m.Recipient == PlanningHead);
        Assert.Equal(4, head.Overdue);
    }

    [Fact]
    public void AnItemCountsOnceUnderItsMostPressingClock()
    {
        // On 2026-09-24 the sign-for is long overdue and the reply (due 10-08) has its D-14.
        var item = Unsigned("2026-07-01");

        var plan = Planner().Plan([item], new DateOnly(2026, 9, 24), NothingSent);

        var owner = Assert.Single(plan.Messages, m => m.Recipient == Lisi);
        Assert.Equal(["SignFor Overdue", "Reply D-14"], owner.Reminders.Single().Lines.Select(l => $"{l.Clock} {l.Stage}"));
        Assert.Equal((1, 0), (owner.Overdue, owner.DueSoon));
    }

    [Fact]
    public void TimeLeftOnAWorkingDayClockIsInWorkingDaysAndOnAMonthClockInDays()
    {
        // Assigned Friday 2026-11-20: sign-for due Wednesday 11-25, 3 working days but 5 calendar days away.
        var signFor = Planner().Plan([Unsigned("2026-11-20")], new DateOnly(2026, 11, 20), NothingSent);
        // Reply due 2026-12-30, 3 months after 09-30: its D-7 on 12-23.
        var reply = Planner().Plan([Signed("2026-09-30")], new DateOnly(2026, 12, 23), NothingSent);

        var signForStatus = Assert.Single(signFor.Messages.Single().Reminders.Single().Lines).Status;
        var replyStatus = Assert.Single(reply.Messages.Single().Reminders.Single().Lines).Status;
        Assert.Equal((5, 3), (signForStatus.CalendarDaysLeft, signForStatus.WorkingDaysLeft));
        Assert.Equal("还剩3个工作日", signForStatus.ToChinese());
        Assert.Equal("due in 3 working days", signForStatus.ToString());
        Assert.Equal("还剩7天", replyStatus.ToChinese());
        Assert.Equal("due in 7 days", replyStatus.ToString());
    }

    [Theory]
    [InlineData(DeadlineUnit.WorkingDays, 1, "还剩1个工作日", "due in 1 working day")]
    [InlineData(DeadlineUnit.Months, 1, "还剩3天", "due in 3 days")]
    // A date fixed on a day off with only days off before it: "0 working days" would read as overdue, so days are given.
    [InlineData(DeadlineUnit.WorkingDays, 0, "还剩3天", "due in 3 days")]
    public void TimeLeftSaysOneUnitOnly(DeadlineUnit unit, int workingDaysLeft, string chinese, string english)
    {
        var status = new ReminderStatus(new DeadlineStatus(DeadlineState.DueSoon, 3, 0), unit, workingDaysLeft);

        Assert.Equal(chinese, status.ToChinese());
        Assert.Equal(english, status.ToString());
    }

    [Fact]
    public void LatenessIsInWorkingDaysWhateverTheClock()
    {
        var status = new ReminderStatus(new DeadlineStatus(DeadlineState.Overdue, -8, 1), DeadlineUnit.Months, 0);

        Assert.Equal("已逾期1个工作日", status.ToChinese());
        Assert.Equal("overdue by 1 working day", status.ToString());
    }
}
