using SuggestionDesk.Ports;
using SuggestionDesk.Reminders;
using SuggestionDesk.Items;

namespace SuggestionDesk.Mail;

/// <summary>
/// Renders a planned <see cref="ReminderMessage"/> as a subject, an Outlook-safe HTML body and a plain-text body.
/// Pure: no I/O, no clock.
/// </summary>
public sealed class ReminderRenderer : IMessageRenderer
{
    private readonly Language language;
    private readonly int officeAfterWorkingDaysLate;

    /// <summary>A renderer writing in <paramref name="language"/>.</summary>
    /// <param name="language">Chinese unless told otherwise.</param>
    /// <param name="policy">The policy the plan was made with, for the office section's heading; the default policy if null.</param>
    public ReminderRenderer(Language language = Language.Chinese, ReminderPolicy? policy = null)
    {
        this.language = language;
        officeAfterWorkingDaysLate = (policy ?? ReminderPolicy.Default).OfficeAfterWorkingDaysLate;
    }

    /// <summary>Renders <paramref name="message"/> for its recipient.</summary>
    public RenderedMessage Render(ReminderMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var words = MessageWords.For(language, message.Kinds);
        var subject = SubjectLine.For(message, language);
        var content = ActionLinkRows.Add(MessageComposer.Compose(message, subject, words, officeAfterWorkingDaysLate), message.Links, language);
        return new RenderedMessage(message.Recipient, subject, HtmlWriter.Write(content, words.HtmlLanguage), PlainTextWriter.Write(content, words.HtmlLanguage));
    }
}
