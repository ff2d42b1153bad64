using SuggestionDesk.Calendar;
using SuggestionDesk.Ports;
using SuggestionDesk.Reporting;

namespace SuggestionDesk.Core.Tests.Practices;

/// <summary>The practice figures of the summary: contacts by method and phase, items led by priority.</summary>
public sealed class PracticeSummaryTests
{
    private readonly SummaryCalculator calculator = new(new ItemDeadlines(DeadlinePolicy.Default, WorkingDayCalendar.BuiltIn));

    [Fact]
    public void ContactsCountByMethodAndPhaseUpToTheDayAndNotForAReturnedItem()
    {
        var (items, contacts) = PracticeFigures.Build();

        var s = calculator.Calculate(items, contacts, PracticeFigures.ReportDate);

        Assert.Equal(9, contacts.Count);
        Assert.Equal(7, s.Contacts);
        Assert.Equal((4, 1, 1, 1, 0), (s.PhoneContacts, s.VisitContacts, s.MeetingContacts, s.SurveyContacts, s.OtherContacts));
        Assert.Equal((1, 5, 1), (s.ContactsBefore, s.ContactsDuring, s.ContactsAfter));
        Assert.Equal(s.Contacts, Enum.GetValues<ContactPhase>().Sum(s.ContactsIn));
    }

    [Fact]
    public void ItemsLedCountByPriorityAndPrioritiesCountWhetherLedOrNot()
    {
        var (items, contacts) = PracticeFigures.Build();

        var s = calculator.Calculate(items, contacts, PracticeFigures.ReportDate);

        Assert.Equal(2, s.LedByOfficial);
        Assert.Equal((2, 1, 0), (s.LedKeyItems, s.LedDifficultItems, s.LedHotItems));
        Assert.Equal((2, 1, 1), (s.KeyItems, s.DifficultItems, s.HotItems));
        Assert.Equal(1, s.Returned);
    }

    [Fact]
    public void AsOfAnEarlierDayLaterContactsAndLaterItemsAreLeftOut()
    {
        var (items, contacts) = PracticeFigures.Build();

        var s = calculator.Calculate(items, contacts, new DateOnly(2021, 4, 1));
        var beforeAssignment = calculator.Calculate(items, contacts, new DateOnly(2021, 3, 14));

        // 03-15, 03-20 and the two of 04-01; the returned item's 03-16 contact only while it was not yet returned.
        Assert.Equal((3, 1), (s.PhoneContacts, s.SurveyContacts));
        Assert.Equal((1, 3, 0), (s.ContactsBefore, s.ContactsDuring, s.ContactsAfter));
        Assert.Equal((0, 0), (beforeAssignment.Contacts, beforeAssignment.LedByOfficial));
    }

    [Fact]
    public void TheFiguresSplitByDepartmentAndSessionAsTheOthersDo()
    {
        var (items, contacts) = PracticeFigures.Build();

        var s = calculator.Calculate(items, contacts, PracticeFigures.ReportDate);

        Assert.Equal(s.Contacts, s.ByDepartment.Sum(r => r.Contacts));
        Assert.Equal(s.LedByOfficial, Assert.Single(s.BySession).LedByOfficial);
    }

    [Fact]
    public void WithoutContactsTheFiguresAreZeroAndTheOthersUnchanged()
    {
        var (items, _) = PracticeFigures.Build();

        var without = calculator.Calculate(items, PracticeFigures.ReportDate);
        var with = calculator.Calculate(items, PracticeFigures.Build().Contacts, PracticeFigures.ReportDate);

        Assert.Equal(0, without.Contacts);
        Assert.Equal(2, without.LedByOfficial);
        Assert.Equal((with.Total, with.RepliedOnTime), (without.Total, without.RepliedOnTime));
    }

    [Fact]
    public void ContactsOfAnotherItemUnderTheSameNumberInAnotherSessionDoNotCount()
    {
        var item = New();
        var elsewhere = new ItemContact("2020年市六届人大八次会议闭会期间", item.Number, New().RecordContact(new DateOnly(2021, 3, 20), ContactMethod.Phone, null, TestClock.As()));

        var s = calculator.Calculate([item], new ItemContacts([elsewhere]), PracticeFigures.ReportDate);

        Assert.Equal(0, s.Contacts);
    }
}
