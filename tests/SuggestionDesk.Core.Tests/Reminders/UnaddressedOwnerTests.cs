using SuggestionDesk.Reminders;
using static SuggestionDesk.Core.Tests.Reminders.Reminding;

namespace SuggestionDesk.Core.Tests.Reminders;

/// <summary>An item whose officer has no e-mail address is never dropped: the head, else the office, hears of it.</summary>
public sealed class UnaddressedOwnerTests
{
    private static readonly DateOnly OneDayLate = new(2026, 10, 9);

    [Fact]
    public void TheOfficersRemindersGoToTheDepartmentHeadOnceAndTheItemIsReported()
    {
        // Reply due 10-08, a working day late on 10-09: the head would be told anyway; it is one line, as the stand-in.
        var item = Signed("2026-07-01", owner: null);

        var plan = Planner().Plan([item], OneDayLate, NothingSent);

        var head = Assert.Single(plan.Messages);
        Assert.Equal(PlanningHead, head.Recipient);
        var section = Assert.Single(head.Reminders);
        Assert.Equal(RecipientRole.InsteadOfOwner, section.Role);
        Assert.Single(section.Lines);
        var reported = Assert.Single(plan.Unaddressed);
        Assert.Equal(("20210347", "规划发展处", "李四", PlanningHead, RecipientRole.DepartmentHead),
            (reported.Number.Value, reported.Department, reported.Officer, reported.SentTo, reported.SentAs));
        Assert.Equal("承办人未登记邮箱，提醒改发处室负责人。", reported.ReasonChinese);
        Assert.Equal("The officer has no e-mail address; the reminders go to the department head instead.", reported.Reason);
    }

    [Fact]
    public void WithoutAHeadTheOfficeStandsInEvenBeforeTheItemIsLate()
    {
        // Reply due 10-08: its D-14 on 09-24, long before the office would hear of it as overdue.
        var item = Signed("2026-07-08", owner: null);

        var plan = Planner(directory: Directory(head: false)).Plan([item], new DateOnly(2026, 9, 24), NothingSent);

        var office = Assert.Single(plan.Messages);
        Assert.Equal(Office, office.Recipient);
        Assert.Equal(RecipientRole.InsteadOfOwner, office.Reminders.Single().Role);
        Assert.Equal((Office, RecipientRole.Office), (plan.Unaddressed.Single().SentTo, plan.Unaddressed.Single().SentAs));
    }

    [Fact]
    public void WithNobodyInTheDirectoryTheItemIsReportedAsNotSent()
    {
        var item = Signed("2026-07-01", owner: null);

        var plan = Planner(directory: ReminderDirectory.Empty).Plan([item], OneDayLate, NothingSent);

        Assert.Empty(plan.Messages);
        var reported = Assert.Single(plan.Unaddressed);
        Assert.Null(reported.SentTo);
        Assert.Equal("承办人未登记邮箱，处室负责人和督办室也均未登记邮箱，提醒未能发出。", reported.ReasonChinese);
    }

    [Fact]
    public void OnceSentTheStandInsRemindersAreNotReportedAgainThatDay()
    {
        var item = Signed("2026-07-01", owner: null);
        var first = Planner().Plan([item], OneDayLate, NothingSent);

        var again = Planner().Plan([item], OneDayLate, Sent(first));

        Assert.Empty(again.Messages);
        Assert.Empty(again.Unaddressed);
    }

    [Fact]
    public void TheWarningBeforeABreakReachesTheStandIn()
    {
        var item = Signed("2026-07-08", owner: null);

        var plan = Planner().Plan([item], new DateOnly(2026, 9, 30), NothingSent);

        var line = Assert.Single(Assert.Single(plan.Messages, m => m.Recipient == PlanningHead).Reminders.Single().Lines);
        Assert.Equal("国庆节假期前提醒", line.Break?.ChineseName);
    }

    [Fact]
    public void TheOfficesWeeklyDigestListsEveryItemWithoutAnOfficerAddress()
    {
        var planner = Planner(ReminderPolicy.Default);
        var items = new[] { Signed("2026-09-30", number: "1"), Signed("2026-09-30", number: "2", owner: null, officer: "赵六"), Unsigned("2026-11-20", number: "3", owner: null) };

        var monday = planner.Plan(items, new DateOnly(2026, 11, 23), NothingSent);

        var office = Assert.Single(monday.Messages.Single(m => m.Recipient == Office).Digests);
        Assert.Equal(["2", "3"], office.WithoutAddress.Select(i => i.Number.Value));
        Assert.Equal("赵六", office.WithoutAddress[0].Owner);
        Assert.Empty(monday.Messages.Single(m => m.Recipient == PlanningHead).Digests.Single().WithoutAddress);
    }
}
