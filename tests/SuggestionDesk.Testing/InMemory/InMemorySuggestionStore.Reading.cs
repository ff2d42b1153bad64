using System.Runtime.CompilerServices;
using SuggestionDesk.Items;
using SuggestionDesk.Ports;

namespace SuggestionDesk.Testing;

/// <summary>Reading: the same filters and the same order as the table store.</summary>
public sealed partial class InMemorySuggestionStore
{
    /// <inheritdoc />
    /// <remarks>Session by session (in name order), open items first, then closed ones, each in number order (ordinal).</remarks>
    public async IAsyncEnumerable<SuggestionItem> QueryAsync(ItemQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await Task.Yield();
        cancellationToken.ThrowIfCancellationRequested();
        List<SuggestionItem> found;
        lock (gate)
        {
            found = items.Values
                .Where(row => Matches(row, query))
                .OrderBy(row => row.Snapshot.Session, StringComparer.Ordinal)
                .ThenBy(row => row.Open ? 0 : 1)
                .ThenBy(row => row.Snapshot.Number, StringComparer.Ordinal)
                .Select(row => row.Restore())
                .ToList();
        }

        foreach (var item in found)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return item;
        }
    }

    /// <inheritdoc />
    public IAsyncEnumerable<HistoryEntry> GetHistoryAsync(SuggestionNumber number, string session, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(number);
        ArgumentException.ThrowIfNullOrWhiteSpace(session);
        return ReadAsync(() => trails.TryGetValue((session, number.Value), out var trail) ? trail.History() : [], cancellationToken);
    }

    /// <inheritdoc />
    public IAsyncEnumerable<Contact> GetContactsAsync(SuggestionNumber number, string session, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(number);
        ArgumentException.ThrowIfNullOrWhiteSpace(session);
        return ReadAsync(() => trails.TryGetValue((session, number.Value), out var trail) ? trail.Contacts() : [], cancellationToken);
    }

    /// <inheritdoc />
    /// <remarks>Item by item, in number order (ordinal).</remarks>
    public IAsyncEnumerable<ItemContact> GetSessionContactsAsync(string session, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(session);
        return ReadAsync(() => trails
            .Where(t => t.Key.Session == session)
            .OrderBy(t => t.Key.Number, StringComparer.Ordinal)
            .SelectMany(t => t.Value.Contacts().Select(c => new ItemContact(session, SuggestionNumber.Parse(t.Key.Number), c)))
            .ToList(), cancellationToken);
    }

    /// <inheritdoc />
    public IAsyncEnumerable<string> GetSessionsAsync(CancellationToken cancellationToken = default) =>
        ReadAsync<string>(() => [.. sessions], cancellationToken);

    /// <summary>Every filter set must match, as the table store's server-side filter does.</summary>
    private static bool Matches(Row row, ItemQuery query)
    {
        var item = row.Snapshot;
        return (!query.OpenOnly || row.Open)
            && (query.Session is null || item.Session == query.Session)
            && (query.Statuses is not { Count: > 0 } statuses || statuses.Contains(item.Status))
            && (query.Department is null || item.Department == query.Department)
            && (query.Owner is null || item.Owner == query.Owner)
            && (query.OwnerEmail is null || item.OwnerEmail?.ToLowerInvariant() == query.OwnerEmail.Trim().ToLowerInvariant());
    }

    /// <summary>Copies what <paramref name="read"/> returns under the lock when enumerated, then yields it.</summary>
    private async IAsyncEnumerable<T> ReadAsync<T>(Func<IReadOnlyList<T>> read, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        cancellationToken.ThrowIfCancellationRequested();
        IReadOnlyList<T> copy;
        lock (gate)
        {
            copy = read();
        }

        foreach (var value in copy)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return value;
        }
    }
}
