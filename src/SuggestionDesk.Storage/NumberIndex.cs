using Azure;
using Azure.Data.Tables;

namespace SuggestionDesk.Storage;

/// <summary>
/// The <c>{prefix}Numbers</c> table: which session holds each number, and the guarantee that a number is used
/// once. A row's partition is a hash bucket of its encoded number (<c>~0</c> … <c>~f</c>) and its row key the
/// encoded number, so the claims of an import share transactions and its lookups are a few range queries
/// (docs/storage.md). Stores written before this layout are moved to it on first use (<see cref="NumberIndexLayout"/>).
/// </summary>
internal sealed class NumberIndex(TableClient table, RequestsInFlight inFlight)
{
    /// <summary>Lookups in one bucket up to this many are point reads; more are one range query.</summary>
    private const int PointReadLimit = 4;


    /// <summary>The table.</summary>
    public TableClient Table => table;

    /// <summary>The bucket (partition) of an encoded number: FNV-1a of its characters, 16 buckets.</summary>
    public static string Bucket(string key)
    {
        var hash = 2166136261u;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return "~" + "0123456789abcdef"[(int)(hash % 16)];
    }

    /// <summary>Whether <paramref name="partition"/> is one of the buckets (and not, say, the layout marker).</summary>
    public static bool IsBucket(string partition) => partition.Length == 2 && partition[0] == '~' && char.IsAsciiHexDigitLower(partition[1]);

    /// <summary>The row claiming <paramref name="claim"/>'s number for its session.</summary>
    public static TableEntity ToEntity(NumberClaim claim) =>
        new(Bucket(claim.Key), claim.Key) { ["Number"] = claim.Number, ["Session"] = claim.Session };

    /// <summary>The row for an encoded number, or null.</summary>
    public async Task<NumberEntry?> FindAsync(string key, CancellationToken cancellationToken)
    {
        var row = await table.GetEntityIfExistsAsync<TableEntity>(Bucket(key), key, cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue ? NumberEntry.From(row.Value!) : null;
    }

    /// <summary>The rows of those of <paramref name="keys"/> that are claimed, by encoded number.</summary>
    public async Task<IReadOnlyDictionary<string, NumberEntry>> FindManyAsync(IEnumerable<string> keys, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, NumberEntry>(StringComparer.Ordinal);
        var buckets = keys.Distinct(StringComparer.Ordinal).GroupBy(Bucket).ToArray();
        await Parallel.ForEachAsync(buckets, Options(cancellationToken), async (bucket, token) =>
        {
            foreach (var entry in await FindInBucketAsync(bucket.Key, bucket.ToArray(), token).ConfigureAwait(false))
            {
                lock (found)
                {
                    found[entry.Key] = entry;
                }
            }
        }).ConfigureAwait(false);
        return found;
    }

    /// <summary>Inserts the row; false when the number is claimed already.</summary>
    public async Task<bool> TryAddAsync(NumberClaim claim, CancellationToken cancellationToken)
    {
        try
        {
            await table.AddEntityAsync(ToEntity(claim), cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    /// <summary>
    /// Inserts many rows, up to 100 of a bucket per transaction; a transaction refused because one number is
    /// claimed already is tried row by row. Returns, per claim in order, whether its row was inserted.
    /// </summary>
    public async Task<bool[]> TryAddManyAsync(IReadOnlyList<NumberClaim> claims, CancellationToken cancellationToken)
    {
        var added = new bool[claims.Count];
        var chunks = Enumerable.Range(0, claims.Count)
            .GroupBy(i => Bucket(claims[i].Key))
            .SelectMany(bucket => bucket.Chunk(TransactionLimits.MaxActions))
            .ToArray();
        await Parallel.ForEachAsync(chunks, Options(cancellationToken), async (chunk, token) =>
        {
            try
            {
                var actions = chunk.Select(i => new TableTransactionAction(TableTransactionActionType.Add, ToEntity(claims[i])));
                await table.SubmitTransactionAsync(actions, token).ConfigureAwait(false);
                foreach (var i in chunk)
                {
                    added[i] = true;
                }
            }
            catch (TableTransactionFailedException e) when (e.Status == 409)
            {
                foreach (var i in chunk)
                {
                    added[i] = await TryAddAsync(claims[i], token).ConfigureAwait(false);
                }
            }
        }).ConfigureAwait(false);
        return added;
    }

    /// <summary>Replaces the row if it is still the version read; throws <see cref="RequestFailedException"/> (412 or 404) if not.</summary>
    public Task ReplaceAsync(NumberClaim claim, ETag version, CancellationToken cancellationToken) =>
        table.UpdateEntityAsync(ToEntity(claim), version, TableUpdateMode.Replace, cancellationToken);

    /// <summary>Deletes the row if it is still the version read; false when it changed or went meanwhile.</summary>
    public async Task<bool> TryDeleteAsync(string key, ETag version, CancellationToken cancellationToken)
    {
        try
        {
            await table.DeleteEntityAsync(Bucket(key), key, version, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            return false;
        }
    }

    /// <summary>
    /// Few keys are read one by one; more in one query over the range they span (only ASCII keys: for those the
    /// service's order is certainly the ordinal one), filtered here.
    /// </summary>
    private async Task<List<NumberEntry>> FindInBucketAsync(string bucket, IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var ranged = keys.Count > PointReadLimit ? keys.Where(k => k.All(char.IsAscii)).Order(StringComparer.Ordinal).ToArray() : [];
        var entries = new List<NumberEntry>(keys.Count);
        if (ranged.Length > 0)
        {
            var wanted = ranged.ToHashSet(StringComparer.Ordinal);
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {bucket} and RowKey ge {ranged[0]} and RowKey le {ranged[^1]}");
            await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                if (wanted.Contains(row.RowKey))
                {
                    entries.Add(NumberEntry.From(row));
                }
            }
        }

        foreach (var key in keys.Except(ranged, StringComparer.Ordinal))
        {
            if (await FindAsync(key, cancellationToken).ConfigureAwait(false) is { } entry)
            {
                entries.Add(entry);
            }
        }

        return entries;
    }

    /// <summary>How many requests it keeps in flight at once.</summary>
    public RequestsInFlight InFlight => inFlight;

    private ParallelOptions Options(CancellationToken cancellationToken) => inFlight.ForWrites(cancellationToken);
}

/// <summary>A number to claim for a session: its encoded key, the number as given and the session's name.</summary>
internal sealed record NumberClaim(string Key, string Number, string Session);

/// <summary>A claimed number: the session holding it, the row's version and server time.</summary>
internal sealed record NumberEntry(string Key, string Session, ETag Version, DateTimeOffset? Timestamp)
{
    /// <summary>The holding session's partition in the items table (empty if a damaged row names no session).</summary>
    public string Partition => Session.Length == 0 ? string.Empty : KeyEncoder.Encode(Session);

    public static NumberEntry From(TableEntity row) => new(row.RowKey, row.GetString("Session") ?? string.Empty, row.ETag, row.Timestamp);
}
