using Azure.Data.Tables;
using SuggestionDesk.Items;

namespace SuggestionDesk.Storage;

/// <summary>
/// Reading many items by number at once (an import's validation): the index is read a bucket at a time, then
/// each session's items either one by one or, when many are wanted from one session, in one pass over its items.
/// </summary>
public sealed partial class TableSuggestionStore
{
    /// <summary>From this many wanted items of one session on, its items are read in one pass rather than one by one.</summary>
    private const int SessionScanThreshold = 100;

    /// <inheritdoc />
    public async Task<IReadOnlyList<SuggestionItem?>> FindManyAsync(IReadOnlyList<SuggestionNumber> numbers, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(numbers);
        await EnsureTablesAsync(cancellationToken).ConfigureAwait(false);
        var keys = numbers.Select(n => ItemAddress.KeyOf(n ?? throw new ArgumentException("A number in the list is null.", nameof(numbers)))).ToArray();
        var index = await numberIndex.FindManyAsync(keys, cancellationToken).ConfigureAwait(false);
        var rows = new Dictionary<string, TableEntity>(StringComparer.Ordinal);
        foreach (var session in index.Values.GroupBy(e => e.Partition, StringComparer.Ordinal))
        {
            var wanted = session.Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
            var found = wanted.Count >= SessionScanThreshold
                ? await ScanItemsAsync(session.Key, wanted, cancellationToken).ConfigureAwait(false)
                : await ReadItemsAsync(session.Key, wanted, cancellationToken).ConfigureAwait(false);
            foreach (var row in found)
            {
                rows[ItemKey(row)] = row;
            }
        }

        // Each number gets an item of its own, even a number listed twice: callers change them independently.
        return keys.Select(k => rows.TryGetValue(k, out var row) ? Restore(row) : null).ToArray();
    }

    private async Task<List<TableEntity>> ScanItemsAsync(string partition, IReadOnlySet<string> wanted, CancellationToken cancellationToken)
    {
        var (start, end) = RowKeys.Range(RowKeys.Items);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {start} and RowKey lt {end}");
        var found = new List<TableEntity>(wanted.Count);
        await foreach (var row in items.QueryAsync<TableEntity>(filter, select: ItemEntities.DocumentColumns, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (wanted.Contains(ItemKey(row)))
            {
                found.Add(row);
            }
        }

        return found;
    }

    private async Task<List<TableEntity>> ReadItemsAsync(string partition, IEnumerable<string> wanted, CancellationToken cancellationToken)
    {
        var found = new List<TableEntity>();
        var options = InFlight.ForReads(cancellationToken);
        await Parallel.ForEachAsync(wanted, options, async (key, token) =>
        {
            if (await FindRowAsync(partition, key, select: null, token).ConfigureAwait(false) is { } row)
            {
                lock (found)
                {
                    found.Add(row);
                }
            }
        }).ConfigureAwait(false);
        return found;
    }

    /// <summary>The encoded number of an item row (<c>i|o|{key}</c> or <c>i|z|{key}</c>).</summary>
    private static string ItemKey(TableEntity row) => row.RowKey[RowKeys.OpenItems.Length..];
}
