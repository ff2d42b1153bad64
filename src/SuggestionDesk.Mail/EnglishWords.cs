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

    public override string Status(DeadlineStatus status) => status.ToString();
    public override string Clock(ReminderLine line) => line.Clock;
    public override string Clock(DeadlineClock clock) => clock.ToString();
    public override string Explanation(ReminderLine line) => line.Explanation;
    public override string Handler(string department, string owner) => $"{department}, {owner}";
}
