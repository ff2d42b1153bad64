using SuggestionDesk.Actions;
using SuggestionDesk.Calendar;
using SuggestionDesk.Reminders;

namespace SuggestionDesk.Ports;

/// <summary>
/// Gives a reminder run's messages their links (签收, 登记沟通 …), issuing a token per link. A run without one sends
/// messages without links.
/// </summary>
public interface IReminderLinks
{
    /// <summary>
    /// Issues the links of each of <paramref name="messages"/> (to be sent now) for what its items allow on
    /// <paramref name="asOf"/>; a message without links is left out of the answer.
    /// </summary>
    Task<IReadOnlyDictionary<ReminderMessage, IReadOnlyList<ItemLink>>> IssueAsync(
        IReadOnlyList<ReminderMessage> messages, ItemDeadlines deadlines, DateOnly asOf, CancellationToken cancellationToken = default);
}
