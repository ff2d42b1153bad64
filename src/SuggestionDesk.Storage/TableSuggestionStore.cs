using System.Collections.Concurrent;
using Azure;
using Azure.Data.Tables;
using SuggestionDesk.Items;
using SuggestionDesk.Localization;
using SuggestionDesk.Ports;

namespace SuggestionDesk.Storage;

/// <summary>
/// <see cref="ISuggestionStore"/> on Azure Table Storage. The key design is in docs/storage.md: items are
/// partitioned by session; an item's row, its history and its contacts share the partition, so each change
/// is one entity-group transaction conditional on the item's ETag; open and closed items live in separate
/// row-key ranges so the daily run reads only open ones.
/// </summary>
public sealed partial class TableSuggestionStore : ISuggestionStore
{
    private const string SessionPartition = "session";
    private readonly TableClient items;
    private readonly NumberIndex numberIndex;
    private readonly TableClient sessions;
    private readonly ConcurrentDictionary<string, bool> knownSessions = new(StringComparer.Ordinal);
    private readonly TableOnce tables;
    private readonly ItemPartitions seen = new();

    /// <summary>
    /// Uses the tables named by <paramref name="names"/> in <paramref name="service"/>, creating them on first use, with
    /// <paramref name="inFlight"/> requests at once (default <see cref="RequestsInFlight.Default"/>).
    /// </summary>
    public TableSuggestionStore(TableServiceClient service, TableNames names, RequestsInFlight? inFlight = null)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(names);
        Names = names;
        InFlight = inFlight ?? RequestsInFlight.Default;
        items = service.GetTableClient(names.Items);
        numberIndex = new NumberIndex(service.GetTableClient(names.Numbers), InFlight);
        sessions = service.GetTableClient(names.Sessions);
        tables = new TableOnce(CreateTablesAsync);
    }

    /// <summary>The tables in use.</summary>
    public TableNames Names { get; }

    /// <summary>How many requests it keeps in flight at once.</summary>
    public RequestsInFlight InFlight { get; }

    /// <inheritdoc />
    public async Task AddAsync(SuggestionItem item, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.Version is not null)
        {
            throw new InvalidOperationException($"Suggestion '{item.Number}' was read from the store; save its changes with SaveAsync.");
        }

        await EnsureTablesAsync(cancellationToken).ConfigureAwait(false);
        var (partition, key) = ItemAddress.Of(item);
        var entity = ItemEntities.ToEntity(item.ToSnapshot(), partition, RowKeys.Item(key, item.IsOpen));
        await RecordSessionAsync(item.Session, partition, cancellationToken).ConfigureAwait(false);
        await ClaimNumberAsync(item, partition, key, cancellationToken).ConfigureAwait(false);

        var etag = await SubmitStateAsync(item, [new(TableTransactionActionType.Add, entity)], adding: true, cancellationToken).ConfigureAwait(false);
        item.AcceptChanges(etag!.Value.ToString());
        seen.Remember(key, partition);
        await AppendContactsAsync(item, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<SuggestionItem?> FindAsync(SuggestionNumber number, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(number);
        await EnsureTablesAsync(cancellationToken).ConfigureAwait(false);
        var key = ItemAddress.KeyOf(number);
        if (seen.Find(key) is { } known)
        {
            if (await FindRowAsync(known, key, select: null, cancellationToken).ConfigureAwait(false) is { } row)
            {
                return Restore(row);
            }

            seen.Forget(key);
        }

        if (await numberIndex.FindAsync(key, cancellationToken).ConfigureAwait(false) is not { } index)
        {
            return null;
        }

        var found = await FindRowAsync(index.Partition, key, select: null, cancellationToken).ConfigureAwait(false);
        return found is null ? null : Restore(found);
    }

    /// <inheritdoc />
    public async Task SaveAsync(SuggestionItem item, bool force = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (!item.HasStateChanges && item.PendingContacts.Count == 0)
        {
            return;
        }

        if (item.Version is null)
        {
            throw new InvalidOperationException($"Suggestion '{item.Number}' is not in the store yet; add it with AddAsync.");
        }

        await EnsureTablesAsync(cancellationToken).ConfigureAwait(false);
        // Contacts first and on their own: they never conflict, so a stale edit saved with them cannot lose them.
        await AppendContactsAsync(item, cancellationToken).ConfigureAwait(false);
        if (!item.HasStateChanges)
        {
            return;
        }

        var (partition, key) = ItemAddress.Of(item);
        var wasOpen = await StoredOpenAsync(item, partition, key, force, cancellationToken).ConfigureAwait(false);
        var etag = force ? ETag.All : new ETag(item.Version);
        var entity = ItemEntities.ToEntity(item.ToSnapshot(), partition, RowKeys.Item(key, item.IsOpen));
        TableTransactionAction[] actions = wasOpen == item.IsOpen
            ? [new(TableTransactionActionType.UpdateReplace, entity, etag)]
            : [new(TableTransactionActionType.Add, entity), new(TableTransactionActionType.Delete, new TableEntity(partition, RowKeys.Item(key, wasOpen)), etag)];
        var written = await SubmitStateAsync(item, actions, adding: false, cancellationToken).ConfigureAwait(false);
        item.AcceptChanges(written!.Value.ToString());
    }

    /// <inheritdoc />
    public async Task RemoveAsync(SuggestionItem item, ChangeContext by, bool force = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(by);
        if (item.Version is null)
        {
            throw new InvalidOperationException($"Suggestion '{item.Number}' is not in the store; there is nothing to remove.");
        }

        await EnsureTablesAsync(cancellationToken).ConfigureAwait(false);
        var (partition, key) = ItemAddress.Of(item);
        var wasOpen = await StoredOpenAsync(item, partition, key, force, cancellationToken).ConfigureAwait(false);
        TableTransactionAction[] actions =
        [
            new(TableTransactionActionType.Delete, new TableEntity(partition, RowKeys.Item(key, wasOpen)), force ? ETag.All : new ETag(item.Version)),
            .. HistoryEntities.ToEntities(item.RemovalEntry(by), 0, ItemAddress.Of(item))
                .Select(e => new TableTransactionAction(TableTransactionActionType.Add, e)),
        ];
        await SubmitBatchAsync(item, actions, adding: false, cancellationToken).ConfigureAwait(false);
        seen.Forget(key);
        await ReleaseNumberAsync(partition, key, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Deletes the index row after the item is gone, only if it still names this session and nobody changed
    /// it meanwhile (an add in another session may already have taken the number over). Left behind by a
    /// crash, it points at nothing and the number can be reused.
    /// </summary>
    private async Task ReleaseNumberAsync(string partition, string key, CancellationToken cancellationToken)
    {
        if (await numberIndex.FindAsync(key, cancellationToken).ConfigureAwait(false) is { } index && index.Partition == partition)
        {
            // False when a new add took it over in the meantime: theirs now.
            await numberIndex.TryDeleteAsync(key, index.Version, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Lists the session in the sessions table. Session rows are never removed, so a store writes each one once
    /// (an import of 10,000 items would otherwise spend a request per item on it).
    /// </summary>
    private async Task RecordSessionAsync(string session, string partition, CancellationToken cancellationToken)
    {
        if (knownSessions.ContainsKey(partition))
        {
            return;
        }

        await sessions.UpsertEntityAsync(
            new TableEntity(SessionPartition, partition) { ["Name"] = session }, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
        knownSessions.TryAdd(partition, true);
    }

    /// <summary>
    /// Creates the tables once per store and moves a number index of an older layout to the current one; a failed
    /// attempt (say, Azurite not yet up) is tried again next time.
    /// </summary>
    public Task EnsureTablesAsync(CancellationToken cancellationToken = default) => tables.EnsureAsync(cancellationToken);

    private async Task CreateTablesAsync(CancellationToken cancellationToken)
    {
        await Task.WhenAll(
            items.CreateIfNotExistsAsync(cancellationToken),
            numberIndex.Table.CreateIfNotExistsAsync(cancellationToken),
            sessions.CreateIfNotExistsAsync(cancellationToken)).ConfigureAwait(false);
        await NumberIndexLayout.EnsureAsync(numberIndex, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The item of a row read, remembering the partition it was found in.</summary>
    private SuggestionItem Restore(TableEntity entity)
    {
        seen.Remember(entity.RowKey[RowKeys.OpenItems.Length..], entity.PartitionKey);
        return SuggestionItem.Restore(ItemEntities.FromEntity(entity), entity.ETag.ToString(), storedOpen: entity.RowKey.StartsWith(RowKeys.OpenItems, StringComparison.Ordinal));
    }

    /// <summary>
    /// Where the item's row is: with the version read, it is where it was read from; a forced write cannot
    /// trust its stale read, so it looks.
    /// </summary>
    private async Task<bool> StoredOpenAsync(SuggestionItem item, string partition, string key, bool force, CancellationToken cancellationToken)
    {
        if (!force)
        {
            return item.PersistedOpen;
        }

        var row = await FindRowAsync(partition, key, ["RowKey"], cancellationToken).ConfigureAwait(false)
            ?? throw new ItemConflictException(item.Number, MessageText.Format(Localization.Messages.StoreItemRemovedByOther, item.Number));
        return row.RowKey == RowKeys.Item(key, open: true);
    }

    /// <summary>The item's row, open or closed, in one request: the columns <paramref name="select"/> names, by default those it is restored from.</summary>
    private async Task<TableEntity?> FindRowAsync(string partition, string key, IEnumerable<string>? select, CancellationToken cancellationToken)
    {
        select ??= ItemEntities.DocumentColumns;
        var open = RowKeys.Item(key, open: true);
        var closed = RowKeys.Item(key, open: false);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and (RowKey eq {open} or RowKey eq {closed})");
        await foreach (var row in items.QueryAsync<TableEntity>(filter, maxPerPage: 2, select, cancellationToken).ConfigureAwait(false))
        {
            return row;
        }

        return null;
    }
}
