using System.Collections.Concurrent;

namespace SuggestionDesk.Storage;

/// <summary>
/// Which session partition each number's item was last seen in by this store (read, listed or added): a number looked
/// up again is read from its partition directly, one request instead of the number index's and then the item's. The
/// item's row decides: when it is not there (removed, or added again in another session by someone else), the number
/// is forgotten and looked up in the index as before, so a stale entry costs one request and is never believed.
/// </summary>
internal sealed class ItemPartitions
{
    // A bound on memory for a long-lived store (the Functions host): past it, everything is forgotten and learnt again.
    private const int Limit = 200_000;

    private readonly ConcurrentDictionary<string, string> partitions = new(StringComparer.Ordinal);
    private int remembered;

    /// <summary>The partition the item of encoded number <paramref name="key"/> was last seen in, if any.</summary>
    public string? Find(string key) => partitions.TryGetValue(key, out var partition) ? partition : null;

    /// <summary>Remembers that the item of <paramref name="key"/> is in <paramref name="partition"/>.</summary>
    public void Remember(string key, string partition)
    {
        // Counting a concurrent dictionary takes all its locks: done once per thousand, not per item read.
        if (Interlocked.Increment(ref remembered) % 1_000 == 0 && partitions.Count >= Limit)
        {
            partitions.Clear();
        }

        partitions[key] = partition;
    }

    /// <summary>Forgets <paramref name="key"/> (its item was not where it was last seen, or was removed).</summary>
    public void Forget(string key) => partitions.TryRemove(key, out _);
}
