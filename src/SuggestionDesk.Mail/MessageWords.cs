using SuggestionDesk.Calendar;
using SuggestionDesk.Items;
using SuggestionDesk.Reminders;

namespace SuggestionDesk.Mail;

/// <summary>The fixed words of a message in one language.</summary>
internal abstract class MessageWords
{
    public static MessageWords For(Language language) => language == Language.English ? new EnglishWords() : new ChineseWords();

    public abstract string HtmlLanguage { get; }
    public abstract string Greeting { get; }
    public abstract string ReminderIntro { get; }
    public abstract string DigestIntro { get; }
    public abstract string NotePrefix { get; }
    public abstract string Footer { get; }
    public abstract string None { get; }
    public abstract IReadOnlyList<string> LineColumns(bool withHandler);
    public abstract IReadOnlyList<string> DigestColumns { get; }
    public abstract string SectionHeading(RecipientRole role, int officeAfterWorkingDaysLate);
    public abstract string DigestHeading(DigestSection digest);
    public abstract string GroupHeading(ItemStatus status, int count);
    public abstract string InFollowUpHeading(int count);
    public abstract string EvaluationChaseClock { get; }
    public abstract string Status(ItemStatus status);
    public abstract string Status(DeadlineStatus status);
    public abstract string Clock(ReminderLine line);
    public abstract string Clock(DeadlineClock clock);
    public abstract string Explanation(ReminderLine line);
    public abstract string Handler(string department, string owner);
}
