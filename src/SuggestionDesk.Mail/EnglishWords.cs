using SuggestionDesk.Calendar;
using SuggestionDesk.Items;
using SuggestionDesk.Reminders;

namespace SuggestionDesk.Mail;

/// <summary>The words of a message in English.</summary>
internal sealed class EnglishWords : MessageWords
{
    public override string HtmlLanguage => "en";
    public override string Greeting => "Hello,";
    public override string ReminderIntro => "The deadlines below need your attention.";
    public override string DigestIntro => "This week's open items (weekly digest).";
    public override string NotePrefix => "How the date was reached: ";
    public override string Footer => "Sent automatically by SuggestionDesk. Questions go to the supervising office.";
    public override string None => "-";
    public override IReadOnlyList<string> DigestColumns => ["Number", "Title", "Department", "Owner", "Next clock", "Due", "Status"];

    public override IReadOnlyList<string> LineColumns(bool withHandler) =>
        withHandler ? ["Number", "Title", "Handled by", "Clock", "Due", "Status"] : ["Number", "Title", "Clock", "Due", "Status"];

    public override string SectionHeading(RecipientRole role, int officeAfterWorkingDaysLate) => role switch
    {
        RecipientRole.Owner => "Your items",
        RecipientRole.InsteadOfOwner => "Items whose officer has no e-mail address (please pass these on, and have the address registered)",
        RecipientRole.DepartmentHead => "Overdue items in your department",
        _ => $"Items overdue by {officeAfterWorkingDaysLate} working days or more",
    };

    public override string DigestHeading(DigestSection digest) =>
        digest.Department is { } department ? $"{department}: {digest.Total} open items" : $"Open items this week: {digest.Total}";

    public override string GroupHeading(ItemStatus status, int count) => $"{Status(status)} ({count})";
    public override string InFollowUpHeading(int count) => $"In follow-up of a class B reply ({count})";
    public override string EvaluationChaseClock => "EvaluationChase";

    public override string Status(ItemStatus status) => status switch
    {
        ItemStatus.Assigned => "Assigned, not signed for",
        ItemStatus.SignedFor => "Signed for, in hand",
        ItemStatus.Replied => "Replied, awaiting evaluation",
        ItemStatus.Rehandling => "Re-handling",
        ItemStatus.Closed => "Closed",
        ItemStatus.Returned => "Returned",
        _ => status.ToString(),
    };

    public override string Status(ReminderStatus status) => status.ToString();
    protected override string BreakMarkOpen => " (";
    protected override string BreakMarkClose => ")";

    public override string BreakMark(HolidayBreak coming, DateOnly due) =>
        coming.WorkingDayAfter(due) is var day and > 0 ? $"due on working day {day} after the break" : "due during the break";

    public override string BreakNotice(HolidayBreak coming)
    {
        var window = coming.WorkingDaysAfter.Count > 0
            ? $"during the break or in its first {coming.WorkingDaysAfter.Count} working day{(coming.WorkingDaysAfter.Count == 1 ? string.Empty : "s")} after it (by {coming.WarnThrough:yyyy-MM-dd})"
            : "during the break";
        return $"{coming.EnglishName}: {coming.From:yyyy-MM-dd} to {coming.To:yyyy-MM-dd} are days off ({coming.Days} days). The clocks marked \"during the break\" or \"after the break\" below fall due {window}: please see to them before the break.";
    }

    public override string WithoutAddressHeading(int count) => $"Officer without an e-mail address ({count}): their reminders go to the department head or the office; please register an address";
    public override string Clock(ReminderLine line) => line.Clock;
    public override string Clock(DeadlineClock clock) => clock.ToString();
    public override string Explanation(ReminderLine line) => line.Explanation;
    public override string Handler(string department, string owner) => $"{department}, {owner}";
}
