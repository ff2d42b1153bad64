using SuggestionDesk.Ports;
using SuggestionDesk.Reporting;

namespace SuggestionDesk.Core.Tests.Practices;

/// <summary>
/// A small year for the practice figures, as of 2021-09-28: two Lead items led by leaders (one key, one key and
/// difficult), a Joint item marked hot but not led, and a returned item whose contact does not count.
/// </summary>
internal static class PracticeFigures
{
    public static readonly DateOnly ReportDate = new(2021, 9, 28);
    private static readonly ResultClass A = ResultClassScheme.Default.Parse("A");

    public static (IReadOnlyList<SuggestionItem> Items, ItemContacts Contacts) Build()
    {
        var by = TestClock.As();
        var contacts = new List<ItemContact>();
        void Contact(SuggestionItem item, string date, ContactMethod method) =>
            contacts.Add(new ItemContact(item.Session, item.Number, item.RecordContact(DateOnly.Parse(date), method, null, by)));

        // Signed 03-16, replied 06-01: before on 03-15, during 03-20 … 06-01, after from 06-02.
        var first = Replied(Spec("20210347") with { LeadingOfficial = "张局长", Priorities = [ItemPriority.Key] }, by);
        Contact(first, "2021-03-15", ContactMethod.Phone);
        Contact(first, "2021-03-20", ContactMethod.Phone);
        Contact(first, "2021-04-10", ContactMethod.Phone);
        Contact(first, "2021-05-10", ContactMethod.Visit);
        Contact(first, "2021-06-10", ContactMethod.Meeting);
        Contact(first, "2021-10-01", ContactMethod.Phone); // after the report's day: not counted

        var second = Replied(Spec("20210254") with { LeadingOfficial = "刘局长", Priorities = [ItemPriority.Difficult, ItemPriority.Key] }, by);
        Contact(second, "2021-04-01", ContactMethod.Survey);

        var joint = Replied(Spec("20210401", role: HandlingRole.Joint) with { Priorities = [ItemPriority.Hot], LeadUnit = "市发展改革委" }, by);
        Contact(joint, "2021-04-01", ContactMethod.Phone);

        var returned = SuggestionItem.Create(Spec("20210402") with { LeadingOfficial = "王局长", Priorities = [ItemPriority.Key] }, by);
        Contact(returned, "2021-03-16", ContactMethod.Phone);
        returned.RequestReturn(new DateOnly(2021, 3, 17), "不属于本单位职责", by);
        returned.DecideReturn(approve: true, new DateOnly(2021, 3, 18), "王主任", by);

        return ([first, second, joint, returned], new ItemContacts(contacts));
    }

    private static SuggestionItem Replied(NewItem spec, ChangeContext by)
    {
        var item = SuggestionItem.Create(spec, by);
        item.SignFor(new DateOnly(2021, 3, 16), by);
        item.Reply(spec.Role == HandlingRole.Joint ? new DateOnly(2021, 4, 9) : new DateOnly(2021, 6, 1), spec.Role == HandlingRole.Joint ? null : A, "答复", by);
        return item;
    }
}
