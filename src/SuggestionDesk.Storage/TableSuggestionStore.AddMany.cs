using Azure.Data.Tables;
using SuggestionDesk.Items;
using SuggestionDesk.Ports;

namespace SuggestionDesk.Storage;

/// <summary>
/// Adding many items at once (an import): the numbers are claimed together (a transaction per index bucket), then
/// the items of one session are written together, each with its history, in as few entity-group transactions as
/// the limits allow.
/// </summary>
public sealed partial class TableSuggestionStore
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<DuplicateItemException?>> AddManyAsync(IReadOnlyList<SuggestionItem> items, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        var outcomes = new DuplicateItemException?[items.Count];
        if (items.Count == 0)
        {
            return outcomes;
        }

        foreach (var item in items)
        {
            ArgumentNullException.ThrowIfNull(item);
            if (item.Version is not null)
            {
                throw new InvalidOperationException($"Suggestion '{item.Number}' was read from the store; save its changes with SaveAsync.");
            }
        }

        // Built first, on every core: an item too large to store is refused before anything is written.
        var rows = BuildRows(items);
        await EnsureTablesAsync(cancellationToken).ConfigureAwait(false);
        foreach (var session in items.Select(i => i.Session).Distinct(StringComparer.Ordinal))
        {
            await RecordSessionAsync(session, KeyEncoder.Encode(session), cancellationToken).ConfigureAwait(false);
        }

        // Claimed together, a transaction per bucket; a number claimed already goes the single add's way.
        var claims = items.Select(i => new NumberClaim(ItemAddress.Of(i).Key, i.Number.Value, i.Session)).ToArray();
        var claimed = await numberIndex.TryAddManyAsync(claims, cancellationToken).ConfigureAwait(false);
        await Parallel.ForEachAsync(Enumerable.Range(0, items.Count).Where(i => !claimed[i]), InFlight.ForReads(cancellationToken), async (i, token) =>
        {
            try
            {
                await TakeOverNumberAsync(items[i], ItemAddress.Of(items[i]).Partition, claims[i], token).ConfigureAwait(false);
                claimed[i] = true;
            }
            catch (DuplicateItemException e)
            {
                outcomes[i] = e;
            }
        }).ConfigureAwait(false);

        var groups = Group(Enumerable.Range(0, items.Count).Where(i => claimed[i]).Select(i => new Pending(i, items[i], rows[i].Actions, rows[i].Bytes)));
        await Parallel.ForEachAsync(groups, InFlight.ForWrites(cancellationToken), async (group, token) =>
        {
            foreach (var (index, failure) in await WriteGroupAsync(group, token).ConfigureAwait(false))
            {
                outcomes[index] = failure;
            }
        }).ConfigureAwait(false);

        foreach (var item in items.Where(i => i.Version is not null))
        {
            var (partition, key) = ItemAddress.Of(item);
            seen.Remember(key, partition);
        }

        foreach (var item in items.Where(i => i.Version is not null && i.PendingContacts.Count > 0))
        {
            await AppendContactsAsync(item, cancellationToken).ConfigureAwait(false);
        }

        return outcomes;
    }

    /// <summary>
    /// Packs the items of each session into groups whose rows (each item's row and history rows) fit one
    /// transaction; an item that fits no transaction alone forms its own group and is refused as a single add is.
    /// </summary>
    private static List<List<Pending>> Group(IEnumerable<Pending> items)
    {
        var groups = new List<List<Pending>>();
        foreach (var session in items.GroupBy(i => i.Item.Session, StringComparer.Ordinal))
        {
            var group = new List<Pending>();
            var (count, bytes) = (0, 0L);
            foreach (var pending in session)
            {
                if (group.Count > 0 && !TransactionLimits.Fits(count + pending.Actions.Count, bytes + pending.Bytes))
                {
                    groups.Add(group);
                    (group, count, bytes) = ([], 0, 0);
                }

                group.Add(pending);
                (count, bytes) = (count + pending.Actions.Count, bytes + pending.Bytes);
            }

            groups.Add(group);
        }

        return groups;
    }

    /// <summary>
    /// Writes a group in one transaction. If it fails (an item was added meanwhile by someone else, or one item
    /// is too large), each item is added on its own, so only the items at fault are refused.
    /// </summary>
    private async Task<List<(int Index, DuplicateItemException? Failure)>> WriteGroupAsync(List<Pending> group, CancellationToken cancellationToken)
    {
        var results = new List<(int, DuplicateItemException?)>(group.Count);
        if (group.Count > 1)
        {
            var actions = group.SelectMany(g => g.Actions).ToList();
            if (TransactionLimits.Fits(actions.Count, group.Sum(g => g.Bytes)))
            {
                try
                {
                    var responses = (await items.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false)).Value;
                    var at = 0;
                    foreach (var (index, item, own, _) in group)
                    {
                        item.AcceptChanges(responses[at].Headers.ETag!.Value.ToString());
                        at += own.Count;
                        results.Add((index, null));
                    }

                    return results;
                }
                catch (TableTransactionFailedException e) when (e.Status == 409)
                {
                    // One of them exists already: add them one by one below to find which.
                }
            }
        }

        foreach (var (index, item, own, _) in group)
        {
            try
            {
                var etag = await SubmitStateAsync(item, own.Take(1).ToList(), adding: true, cancellationToken).ConfigureAwait(false);
                item.AcceptChanges(etag!.Value.ToString());
                results.Add((index, null));
            }
            catch (DuplicateItemException e)
            {
                results.Add((index, e));
            }
        }

        return results;
    }

    /// <summary>Each item's rows and their size as sent, built in parallel; the first failure (an item too large) is thrown as itself.</summary>
    private static (List<TableTransactionAction> Actions, long Bytes)[] BuildRows(IReadOnlyList<SuggestionItem> items)
    {
        var rows = new (List<TableTransactionAction>, long)[items.Count];
        try
        {
            Parallel.For(0, items.Count, i =>
            {
                var actions = AddActions(items[i]);
                rows[i] = (actions, TransactionLimits.Bytes(actions));
            });
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }

        return rows;
    }

    /// <summary>The rows of a new item: its row first, then its history (as <see cref="SubmitStateAsync"/> writes them).</summary>
    private static List<TableTransactionAction> AddActions(SuggestionItem item)
    {
        var address = ItemAddress.Of(item);
        var (partition, key) = address;
        var entity = ItemEntities.ToEntity(item.ToSnapshot(), partition, RowKeys.Item(key, item.IsOpen));
        return item.PendingHistory
            .SelectMany((h, i) => HistoryEntities.ToEntities(h, i, address))
            .Select(e => new TableTransactionAction(TableTransactionActionType.Add, e))
            .Prepend(new TableTransactionAction(TableTransactionActionType.Add, entity))
            .ToList();
    }

    /// <summary>
    /// An item to add, its place in the caller's list, its rows and their size as sent (measured once: measuring a
    /// growing group again for each item is quadratic).
    /// </summary>
    private sealed record Pending(int Index, SuggestionItem Item, List<TableTransactionAction> Actions, long Bytes);
}
