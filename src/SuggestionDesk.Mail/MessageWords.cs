using SuggestionDesk.Calendar;
using SuggestionDesk.Items;
using SuggestionDesk.Reminders;

namespace SuggestionDesk.Mail;

/// <summary>The fixed words of a message in one language.</summary>
internal abstract class MessageWords
{
    /// <summary>The words in <paramref name="language"/> for a message about items of <paramref name="kinds"/>.</summary>
    public static MessageWords For(Language language, IReadOnlySet<ItemKind>? kinds = null) =>
        language == Language.English ? new EnglishWords() : new ChineseWords(ChineseWords.Noun(kinds));

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
    public abstract string Status(ReminderStatus status);
    public abstract string BreakMark(HolidayBreak coming, DateOnly due);
    public abstract string BreakNotice(HolidayBreak coming);
    public abstract string WithoutAddressHeading(int count);
    public abstract string Clock(ReminderLine line);
    public abstract string Clock(DeadlineClock clock);
    public abstract string Explanation(ReminderLine line);
    public abstract string Handler(string department, string owner);

    /// <summary>A line's status, and for a line in a break's warning when it falls due relative to the break.</summary>
    public string Status(ReminderLine line) =>
        line.Break is { } coming ? $"{Status(line.Status)}{BreakMarkOpen}{BreakMark(coming, line.Due)}{BreakMarkClose}" : Status(line.Status);

    protected abstract string BreakMarkOpen { get; }
    protected abstract string BreakMarkClose { get; }
}
