using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;
using SuggestionDesk.Items;
using SuggestionDesk.Ports;

namespace SuggestionDesk.Storage;

/// <summary>Reading: queries filter on the server with escaped filters and follow continuation tokens.</summary>
public sealed partial class TableSuggestionStore
{
    /// <summary>Sessions a listing reads at once.</summary>
    private const int SessionsAtOnce = 2;

    /// <inheritdoc />
    public async IAsyncEnumerable<SuggestionItem> QueryAsync(ItemQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        StoreFailures.CheckLengths(query);
        await EnsureTablesAsync(cancellationToken).ConfigureAwait(false);
        var partitions = query.Session is { } session
            ? [KeyEncoder.Encode(session)]
            : await SessionPartitionsAsync(cancellationToken).ConfigureAwait(false);
        var (start, end) = RowKeys.Range(query.OpenOnly ? RowKeys.OpenItems : RowKeys.Items);
        var filters = partitions.Select(p => Filter(query, p, start, end)).ToArray();
        if (filters.Length == 1)
        {
            await foreach (var row in RefusedNamingValue(items.QueryAsync<TableEntity>(filters[0], select: ItemEntities.DocumentColumns, cancellationToken: cancellationToken), query, cancellationToken).ConfigureAwait(false))
            {
                yield return Restore(row);
            }

            yield break;
        }

        // Two sessions are read at once (each a chain of pages), their items restored as they come, and handed on
        // session by session as before: in Azure the pages of one session wait out their round trips while the
        // other's arrive. More at once was measured slower on Azurite (one Node.js process) and gained little more
        // with 10 ms per request (docs/performance.md).
        await foreach (var item in PartitionReads.InOrderAsync(filters, SessionsAtOnce, ReadPartitionAsync, cancellationToken).ConfigureAwait(false))
        {
            yield return item;
        }

        async IAsyncEnumerable<SuggestionItem> ReadPartitionAsync(string filter, [EnumeratorCancellation] CancellationToken token)
        {
            await foreach (var row in RefusedNamingValue(items.QueryAsync<TableEntity>(filter, select: ItemEntities.DocumentColumns, cancellationToken: token), query, token).ConfigureAwait(false))
            {
                yield return Restore(row);
            }
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<HistoryEntry> GetHistoryAsync(SuggestionNumber number, string session, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var rows = new List<TableEntity>();
        await foreach (var row in RangeAsync(number, session, RowKeys.HistoryPrefix, cancellationToken).ConfigureAwait(false))
        {
            rows.Add(row);
            if (rows.Count >= (row.GetInt32("Parts") ?? 1))
            {
                foreach (var entry in HistoryEntities.FromEntities(rows))
                {
                    yield return entry;
                }

                rows.Clear();
            }
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<string> GetSessionsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await EnsureTablesAsync(cancellationToken).ConfigureAwait(false);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {SessionPartition}");
        await foreach (var row in sessions.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            yield return row.GetString("Name") ?? row.RowKey;
        }
    }

    private async Task<List<string>> SessionPartitionsAsync(CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {SessionPartition}");
        var partitions = new List<string>();
        await foreach (var row in sessions.QueryAsync<TableEntity>(filter, select: ["RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            partitions.Add(row.RowKey);
        }

        return partitions;
    }

    // A filter value long enough to make the request too large is refused by the service (HTTP 431, 414, 413 or 400)
    // before any row is read; the refusal names that value instead of the service's answer.
    private static async IAsyncEnumerable<TableEntity> RefusedNamingValue(
        IAsyncEnumerable<TableEntity> rows, ItemQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var enumerator = rows.GetAsyncEnumerator(cancellationToken);
        await using (enumerator.ConfigureAwait(false))
        {
            while (true)
            {
                bool more;
                try
                {
                    more = await enumerator.MoveNextAsync().ConfigureAwait(false);
                }
                catch (RequestFailedException e) when (StoreFailures.IsRefusal(e))
                {
                    throw StoreFailures.Refused(query, e);
                }

                if (!more)
                {
                    yield break;
                }

                yield return enumerator.Current;
            }
        }
    }

    private static string Filter(ItemQuery query, string partition, string start, string end)
    {
        var parts = new List<string>
        {
            TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {start} and RowKey lt {end}"),
        };
        if (query.Statuses is { Count: > 0 } statuses)
        {
            parts.Add("(" + string.Join(" or ", statuses.Select(s => TableClient.CreateQueryFilter($"Status eq {s.ToString()}"))) + ")");
        }

        if (query.Department is { } department)
        {
            parts.Add(TableClient.CreateQueryFilter($"Department eq {department}"));
        }

        if (query.Owner is { } owner)
        {
            parts.Add(TableClient.CreateQueryFilter($"Owner eq {owner}"));
        }

        if (query.OwnerEmail is { } email)
        {
            parts.Add(TableClient.CreateQueryFilter($"OwnerEmailLower eq {email.Trim().ToLowerInvariant()}"));
        }

        return string.Join(" and ", parts);
    }

    private async IAsyncEnumerable<TableEntity> RangeAsync(
        SuggestionNumber number, string session, Func<string, string> prefix, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(number);
        ArgumentException.ThrowIfNullOrWhiteSpace(session);
        await EnsureTablesAsync(cancellationToken).ConfigureAwait(false);
        var (partition, key) = ItemAddress.Of(session, number);
        var (start, end) = RowKeys.Range(prefix(key));
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {start} and RowKey lt {end}");
        await foreach (var row in items.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            yield return row;
        }
    }
}
