using SuggestionDesk.Ports;
using SuggestionDesk.Reminders;

namespace SuggestionDesk.Testing;

/// <summary><see cref="IReminderLog"/> in memory: the keys recorded, each once.</summary>
public sealed class InMemoryReminderLog : IReminderLog
{
    private readonly Lock gate = new();
    private readonly HashSet<ReminderKey> sent = [];
    private readonly HashSet<ReminderKey> attempted = [];

    /// <inheritdoc />
    public Task RecordAttemptAsync(IEnumerable<ReminderKey> keys, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        lock (gate)
        {
            attempted.UnionWith(keys);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IReadOnlySet<ReminderKey>> FindAttemptedAsync(IReadOnlyCollection<ReminderKey> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        lock (gate)
        {
            return Task.FromResult<IReadOnlySet<ReminderKey>>(keys.Where(attempted.Contains).ToHashSet());
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlySet<ReminderKey>> FindSentAsync(IReadOnlyCollection<ReminderKey> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            return Task.FromResult<IReadOnlySet<ReminderKey>>(keys.Where(sent.Contains).ToHashSet());
        }
    }

    /// <inheritdoc />
    public Task RecordAsync(IEnumerable<ReminderKey> keys, DateTimeOffset sentAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            sent.UnionWith(keys);
        }

        return Task.CompletedTask;
    }
}
