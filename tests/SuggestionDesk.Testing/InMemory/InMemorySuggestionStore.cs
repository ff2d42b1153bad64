using SuggestionDesk.Items;
using SuggestionDesk.Ports;

namespace SuggestionDesk.Testing;

/// <summary>
/// <see cref="ISuggestionStore"/> in memory, for tests that need a store but not Azure Table Storage. It keeps the
/// contract <c>TableSuggestionStore</c> keeps (the store contract tests run against both): every write is
/// conditional on the version read, an item's change and its history are written together or not at all, a number
/// is unique across sessions, contacts are appended without a condition, a removal keeps history and contacts.
/// It does not enforce Table Storage's sizes (entity, transaction, key length): those are the table store's own.
/// </summary>
public sealed partial class InMemorySuggestionStore : ISuggestionStore
{
    // One lock for everything: each operation is then atomic as the table store's transactions are.
    private readonly Lock gate = new();
    private readonly Dictionary<string, Row> items = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Session, string Number), Trail> trails = [];
    private readonly SortedSet<string> sessions = new(StringComparer.Ordinal);
    private long versions;

    /// <inheritdoc />
    public Task AddAsync(SuggestionItem item, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        RefuseRead(item);
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            Insert(item);
        }

        AppendContacts(item);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<DuplicateItemException?>> AddManyAsync(IReadOnlyList<SuggestionItem> items, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        foreach (var item in items)
        {
            ArgumentNullException.ThrowIfNull(item);
            RefuseRead(item);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var outcomes = new DuplicateItemException?[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            try
            {
                lock (gate)
                {
                    Insert(items[i]);
                }

                AppendContacts(items[i]);
            }
            catch (DuplicateItemException e)
            {
                outcomes[i] = e;
            }
        }

        return Task.FromResult<IReadOnlyList<DuplicateItemException?>>(outcomes);
    }

    /// <inheritdoc />
    public Task<SuggestionItem?> FindAsync(SuggestionNumber number, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(number);
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            return Task.FromResult(items.TryGetValue(number.Value, out var row) ? row.Restore() : null);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<SuggestionItem?>> FindManyAsync(IReadOnlyList<SuggestionNumber> numbers, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(numbers);
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            // Each number gets an item of its own, even a number listed twice: callers change them independently.
            var found = numbers
                .Select(n => items.TryGetValue((n ?? throw new ArgumentException("A number in the list is null.", nameof(numbers))).Value, out var row) ? row.Restore() : null)
                .ToArray();
            return Task.FromResult<IReadOnlyList<SuggestionItem?>>(found);
        }
    }

    /// <inheritdoc />
    public Task SaveAsync(SuggestionItem item, bool force = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (!item.HasStateChanges && item.PendingContacts.Count == 0)
        {
            return Task.CompletedTask;
        }

        if (item.Version is null)
        {
            throw new InvalidOperationException($"Suggestion '{item.Number}' is not in the store yet; add it with AddAsync.");
        }

        cancellationToken.ThrowIfCancellationRequested();
        // Contacts first and on their own: they never conflict, so a stale edit saved with them cannot lose them.
        AppendContacts(item);
        if (!item.HasStateChanges)
        {
            return Task.CompletedTask;
        }

        lock (gate)
        {
            CheckCurrent(item, force);
            var version = NextVersion();
            items[item.Number.Value] = new Row(item.ToSnapshot(), version, item.IsOpen);
            TrailOf(item).AddHistory(item.PendingHistory);
            item.AcceptChanges(version);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task RemoveAsync(SuggestionItem item, ChangeContext by, bool force = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(by);
        if (item.Version is null)
        {
            throw new InvalidOperationException($"Suggestion '{item.Number}' is not in the store; there is nothing to remove.");
        }

        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            CheckCurrent(item, force);
            items.Remove(item.Number.Value);
            TrailOf(item).AddHistory([item.RemovalEntry(by)]);
        }

        return Task.CompletedTask;
    }

    private static void RefuseRead(SuggestionItem item)
    {
        if (item.Version is not null)
        {
            throw new InvalidOperationException($"Suggestion '{item.Number}' was read from the store; save its changes with SaveAsync.");
        }
    }

    /// <summary>Writes a new item with its history; the caller holds the lock.</summary>
    private void Insert(SuggestionItem item)
    {
        if (items.TryGetValue(item.Number.Value, out var existing))
        {
            throw new DuplicateItemException(item.Number,
                $"Suggestion '{item.Number}' already exists (session {existing.Snapshot.Session}). Change it instead, or remove it first.");
        }

        var version = NextVersion();
        items.Add(item.Number.Value, new Row(item.ToSnapshot(), version, item.IsOpen));
        sessions.Add(item.Session);
        TrailOf(item).AddHistory(item.PendingHistory);
        item.AcceptChanges(version);
    }

    /// <summary>Refuses a write to an item changed or removed since it was read (with force, only a removed one); the caller holds the lock.</summary>
    private void CheckCurrent(SuggestionItem item, bool force)
    {
        var stored = items.TryGetValue(item.Number.Value, out var row) && row.Snapshot.Session == item.Session ? row : null;
        if (stored is null && force)
        {
            throw new ItemConflictException(item.Number, $"Suggestion '{item.Number}' was removed by someone else after you read it; there is nothing to overwrite.");
        }

        if (stored is null || (!force && stored.Version != item.Version))
        {
            throw new ItemConflictException(item.Number,
                $"Suggestion '{item.Number}' was changed or removed by someone else since you read it. Nothing was written. Read it again and repeat your change, or overwrite theirs on purpose.");
        }
    }

    /// <summary>Appends the item's pending contacts, each with its history entry; they never conflict.</summary>
    private void AppendContacts(SuggestionItem item)
    {
        if (item.PendingContacts.Count == 0)
        {
            return;
        }

        lock (gate)
        {
            TrailOf(item).AddContacts(item.PendingContacts);
        }

        item.AcceptContacts();
    }

    private Trail TrailOf(SuggestionItem item)
    {
        var key = (item.Session, item.Number.Value);
        if (!trails.TryGetValue(key, out var trail))
        {
            trail = new Trail();
            trails.Add(key, trail);
        }

        return trail;
    }

    private string NextVersion() => $"W/\"mem-{++versions}\"";

    /// <summary>A stored item: its state, its version and whether it was open when written.</summary>
    private sealed record Row(ItemSnapshot Snapshot, string Version, bool Open)
    {
        public SuggestionItem Restore() => SuggestionItem.Restore(Snapshot, Version, storedOpen: Open);
    }
}
