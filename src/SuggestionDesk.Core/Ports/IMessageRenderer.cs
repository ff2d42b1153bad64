using SuggestionDesk.Reminders;

namespace SuggestionDesk.Ports;

/// <summary>Turns a planned message into what a transport sends (subject, HTML and text bodies).</summary>
public interface IMessageRenderer
{
    /// <summary>Renders <paramref name="message"/> for its recipient.</summary>
    RenderedMessage Render(ReminderMessage message);
}
