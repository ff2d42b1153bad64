using SuggestionDesk.Actions;
using SuggestionDesk.Ports;
using SuggestionDesk.Reminders;

namespace SuggestionDesk.Services;

/// <summary>Renders each message with the links issued for it, through the host's renderer.</summary>
internal sealed class LinkedRenderer(IMessageRenderer inner, IReadOnlyDictionary<ReminderMessage, IReadOnlyList<ItemLink>> links) : IMessageRenderer
{
    public RenderedMessage Render(ReminderMessage message) =>
        inner.Render(links.TryGetValue(message, out var issued) ? message with { Links = issued } : message);
}
