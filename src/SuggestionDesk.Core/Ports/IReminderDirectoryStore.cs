using SuggestionDesk.Reminders;

namespace SuggestionDesk.Ports;

/// <summary>The department directory (department → head's e-mail) and the office mailbox, kept with the data.</summary>
public interface IReminderDirectoryStore
{
    /// <summary>The directory as configured (empty when nothing is).</summary>
    Task<ReminderDirectory> GetAsync(CancellationToken cancellationToken = default);

    /// <summary>Sets the supervising office's mailbox (null removes it).</summary>
    Task SetOfficeAsync(string? mailbox, CancellationToken cancellationToken = default);

    /// <summary>Sets the head of <paramref name="department"/> (null removes the entry).</summary>
    Task SetHeadAsync(string department, string? mailbox, CancellationToken cancellationToken = default);
}
