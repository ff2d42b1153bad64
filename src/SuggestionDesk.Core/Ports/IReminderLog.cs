using SuggestionDesk.Reminders;

namespace SuggestionDesk.Ports;

/// <summary>
/// What reminders were sent (person, item, clock, stage, date), so that the same reminder is never sent
/// twice: a run records each message's keys right after sending it, and the next run leaves them out.
/// </summary>
public interface IReminderLog
{
    /// <summary>
    /// Which of <paramref name="keys"/> were recorded. A run asks only about the keys it could send today, so its
    /// reads do not grow with everything ever sent for its open items.
    /// </summary>
    Task<IReadOnlySet<ReminderKey>> FindSentAsync(IReadOnlyCollection<ReminderKey> keys, CancellationToken cancellationToken = default);

    /// <summary>Records <paramref name="keys"/> as sent at <paramref name="sentAt"/>; recording a key twice is harmless.</summary>
    Task RecordAsync(IEnumerable<ReminderKey> keys, DateTimeOffset sentAt, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records that a message with <paramref name="keys"/> is about to be handed to the transport, before it is: a run
    /// that finds a key attempted but not sent asks the transport whether it went out before sending it again. A log
    /// that keeps no attempts records nothing (the transport is then asked only after an unclear answer).
    /// </summary>
    Task RecordAttemptAsync(IEnumerable<ReminderKey> keys, DateTimeOffset at, CancellationToken cancellationToken = default) => Task.CompletedTask;

    /// <summary>Which of <paramref name="keys"/> were recorded as attempted (whether or not they were sent).</summary>
    Task<IReadOnlySet<ReminderKey>> FindAttemptedAsync(IReadOnlyCollection<ReminderKey> keys, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlySet<ReminderKey>>(new HashSet<ReminderKey>());
}
