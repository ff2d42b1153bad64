using Azure;
using Azure.Data.Tables;
using SuggestionDesk.Items;
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
    private const string NumberRow = "n";
    private const string SessionPartition = "session";
    private readonly TableClient items;
    private readonly TableClient numbers;
    private readonly TableClient sessions;
    private readonly TimeProvider clock;
    private Task? created;

    /// <summary>Uses the tables named by <paramref name="names"/> in <paramref name="service"/>, creating them on first use.</summary>
    public TableSuggestionStore(TableServiceClient service, TableNames names, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(names);
        Names = names;
        this.clock = clock ?? TimeProvider.System;
        items = service.GetTableClient(names.Items);
        numbers = service.GetTableClient(names.Numbers);
        sessions = service.GetTableClient(names.Sessions);
    }

    /// <summary>The tables in use.</summary>
    public TableNames Names { get; }

    /// <inheritdoc />
    public async Task AddAsync(SuggestionItem item, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.Version is not null)
        {
            throw new InvalidOperationException($"Suggestion '{item.Number}' was read from the store; save its changes with SaveAsync.");
        }

        await EnsureTablesAsync(cancellationToken).ConfigureAwait(false);
        var (partition, key) = Keys(item);
        var entity = ItemEntities.ToEntity(item.ToSnapshot(), partition, RowKeys.Item(key, item.IsOpen));
        await sessions.UpsertEntityAsync(
            new TableEntity(SessionPartition, partition) { ["Name"] = item.Session }, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
        await ClaimNumberAsync(item, partition, key, cancellationToken).ConfigureAwait(false);

        var etag = await SubmitAsync(item, [new(TableTransactionActionType.Add, entity)], force: false, cancellationToken).ConfigureAwait(false);
        item.AcceptChanges(etag!.Value.ToString());
    }

    /// <inheritdoc />
    public async Task<SuggestionItem?> FindAsync(SuggestionNumber number, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(number);
        await EnsureTablesAsync(cancellationToken).ConfigureAwait(false);
        var key = KeyEncoder.Encode(number.Value);
        var index = await numbers.GetEntityIfExistsAsync<TableEntity>(key, NumberRow, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!index.HasValue || index.Value!.GetString("Partition") is not { } partition)
        {
            return null;
        }

        var row = await FindRowAsync(partition, key, select: null, cancellationToken).ConfigureAwait(false);
        return row is null ? null : Restore(row);
    }

    /// <inheritdoc />
    public async Task SaveAsync(SuggestionItem item, bool force = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.PendingHistory.Count == 0)
        {
            return;
        }

        if (item.Version is null)
        {
            throw new InvalidOperationException($"Suggestion '{item.Number}' is not in the store yet; add it with AddAsync.");
        }

        await EnsureTablesAsync(cancellationToken).ConfigureAwait(false);
        var (partition, key) = Keys(item);
        var actions = new List<TableTransactionAction>();
        if (item.HasStateChanges)
        {
            var wasOpen = await StoredOpenAsync(item, partition, key, force, cancellationToken).ConfigureAwait(false);
            var etag = force ? ETag.All : new ETag(item.Version);
            var entity = ItemEntities.ToEntity(item.ToSnapshot(), partition, RowKeys.Item(key, item.IsOpen));
            if (wasOpen == item.IsOpen)
            {
                actions.Add(new(TableTransactionActionType.UpdateReplace, entity, etag));
            }
            else
            {
                actions.Add(new(TableTransactionActionType.Add, entity));
                actions.Add(new(TableTransactionActionType.Delete, new TableEntity(partition, RowKeys.Item(key, wasOpen)), etag));
            }
        }

        var written = await SubmitAsync(item, actions, force, cancellationToken).ConfigureAwait(false);
        item.AcceptChanges(written?.ToString() ?? item.Version);
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
        var (partition, key) = Keys(item);
        var wasOpen = await StoredOpenAsync(item, partition, key, force, cancellationToken).ConfigureAwait(false);
        TableTransactionAction[] actions =
        [
            new(TableTransactionActionType.Delete, new TableEntity(partition, RowKeys.Item(key, wasOpen)), force ? ETag.All : new ETag(item.Version)),
            new(TableTransactionActionType.Add, HistoryEntities.ToEntity(item.RemovalEntry(by), 0, item.Number.Value, partition, key)),
        ];
        await SubmitBatchAsync(item, actions, cancellationToken).ConfigureAwait(false);
        // The index row goes last: left behind by a crash, it points at nothing and the number can be reused.
        await numbers.DeleteEntityAsync(key, NumberRow, ETag.All, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Creates the tables once per store; a failed attempt (say, Azurite not yet up) is tried again next time.</summary>
    private Task EnsureTablesAsync(CancellationToken cancellationToken)
    {
        var current = created;
        if (current is null || current.IsFaulted || current.IsCanceled)
        {
            current = Task.WhenAll(
                items.CreateIfNotExistsAsync(cancellationToken),
                numbers.CreateIfNotExistsAsync(cancellationToken),
                sessions.CreateIfNotExistsAsync(cancellationToken));
            created = current;
        }

        return current;
    }

    private static (string Partition, string Key) Keys(SuggestionItem item) =>
        (KeyEncoder.Encode(item.Session), KeyEncoder.Encode(item.Number.Value));

    private static SuggestionItem Restore(TableEntity entity) =>
        SuggestionItem.Restore(ItemEntities.FromEntity(entity), entity.ETag.ToString());

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
            ?? throw new ItemConflictException(item.Number, $"Suggestion '{item.Number}' was removed by someone else after you read it; there is nothing to overwrite.");
        return row.RowKey == RowKeys.Item(key, open: true);
    }

    /// <summary>The item's row, open or closed, in one request.</summary>
    private async Task<TableEntity?> FindRowAsync(string partition, string key, IEnumerable<string>? select, CancellationToken cancellationToken)
    {
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
