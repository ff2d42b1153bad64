using Azure;
using Azure.Data.Tables;
using SuggestionDesk.Items;
using SuggestionDesk.Localization;
using SuggestionDesk.Ports;

namespace SuggestionDesk.Storage;

/// <summary>Writing: the number claim and the entity-group transactions.</summary>
public sealed partial class TableSuggestionStore
{
    /// <summary>How long an index row without its item is taken as someone's add still under way (server time).</summary>
    private static readonly TimeSpan ClaimTimeout = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Claims the number in the index, which keeps numbers unique across sessions. An index row whose item
    /// does not exist is left by an add or removal that died halfway: it is taken over when it names the
    /// same session (the item insert then decides) or when it is older than <see cref="ClaimTimeout"/>.
    /// </summary>
    private async Task ClaimNumberAsync(SuggestionItem item, string partition, string key, CancellationToken cancellationToken)
    {
        var claim = new NumberClaim(key, item.Number.Value, item.Session);
        if (await numberIndex.TryAddAsync(claim, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        await TakeOverNumberAsync(item, partition, claim, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The number is in the index already: refused if its item exists, else taken over as described above.</summary>
    private async Task TakeOverNumberAsync(SuggestionItem item, string partition, NumberClaim claim, CancellationToken cancellationToken)
    {
        var existing = await numberIndex.FindAsync(claim.Key, cancellationToken).ConfigureAwait(false);
        if (existing is null)
        {
            // Released between our insert and this read: try once more.
            if (await numberIndex.TryAddAsync(claim, cancellationToken).ConfigureAwait(false))
            {
                return;
            }

            throw new DuplicateItemException(item.Number, MessageText.Format(Localization.Messages.StoreItemBeingAddedOrRemoved, item.Number));
        }

        var otherPartition = existing.Partition.Length == 0 ? partition : existing.Partition;
        var otherSession = existing.Session.Length == 0 ? item.Session : existing.Session;
        if (await FindRowAsync(otherPartition, claim.Key, ["RowKey"], cancellationToken).ConfigureAwait(false) is not null)
        {
            throw new DuplicateItemException(item.Number,
                MessageText.Format(Localization.Messages.StoreItemExists, item.Number, otherSession));
        }

        // The row's Timestamp is the server's clock, so the lease is measured against real time.
        var age = DateTimeOffset.UtcNow - (existing.Timestamp ?? DateTimeOffset.MinValue);
        if (otherPartition != partition && age < ClaimTimeout)
        {
            throw new DuplicateItemException(item.Number,
                MessageText.Format(Localization.Messages.StoreItemBeingAddedTo, item.Number, otherSession));
        }

        try
        {
            await numberIndex.ReplaceAsync(claim, existing.Version, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status is 412 or 404)
        {
            throw new DuplicateItemException(item.Number, MessageText.Format(Localization.Messages.StoreItemBeingAdded, item.Number), e);
        }
    }

    /// <summary>
    /// Writes <paramref name="itemActions"/> (which change the item's row, conditionally) together with the
    /// pending history in one transaction, and returns the item row's new ETag.
    /// </summary>
    private async Task<ETag?> SubmitStateAsync(
        SuggestionItem item, IReadOnlyList<TableTransactionAction> itemActions, bool adding, CancellationToken cancellationToken)
    {
        var address = ItemAddress.Of(item);
        var actions = itemActions
            .Concat(item.PendingHistory
                .SelectMany((h, i) => HistoryEntities.ToEntities(h, i, address))
                .Select(e => new TableTransactionAction(TableTransactionActionType.Add, e)))
            .ToList();
        if (!TransactionLimits.Fits(actions))
        {
            throw new InvalidOperationException(
                MessageText.Format(Localization.Messages.StoreSaveTooLarge, item.Number, actions.Count, TransactionLimits.Megabytes(actions), TransactionLimits.MaxActions));
        }

        var responses = await SubmitBatchAsync(item, actions, adding, cancellationToken).ConfigureAwait(false);
        return responses[0].Headers.ETag;
    }

    /// <summary>
    /// Appends pending contacts, each with its history entry in the same transaction. The rows' keys are new
    /// and unique, so the writes are unconditional upserts: they never conflict and a retry repeats nothing.
    /// </summary>
    private async Task AppendContactsAsync(SuggestionItem item, CancellationToken cancellationToken)
    {
        var address = ItemAddress.Of(item);
        var batch = new List<TableTransactionAction>();
        foreach (var pending in item.PendingContacts)
        {
            var group = HistoryEntities.ToEntities(pending.Entry, 0, address)
                .Prepend(HistoryEntities.ToEntity(pending.Contact, address))
                .Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e))
                .ToList();
            if (batch.Count > 0 && !TransactionLimits.Fits([.. batch, .. group]))
            {
                await SubmitBatchAsync(item, batch, adding: false, cancellationToken).ConfigureAwait(false);
                batch.Clear();
            }

            batch.AddRange(group);
        }

        if (batch.Count > 0)
        {
            await SubmitBatchAsync(item, batch, adding: false, cancellationToken).ConfigureAwait(false);
        }

        item.AcceptContacts();
    }

    private async Task<IReadOnlyList<Response>> SubmitBatchAsync(
        SuggestionItem item, IReadOnlyList<TableTransactionAction> actions, bool adding, CancellationToken cancellationToken)
    {
        try
        {
            var response = await items.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
            return response.Value;
        }
        catch (TableTransactionFailedException e) when (e.Status is 412 or 404 || (e.Status == 409 && !adding))
        {
            throw new ItemConflictException(item.Number,
                MessageText.Format(Localization.Messages.StoreItemChangedByOther, item.Number), e);
        }
        catch (TableTransactionFailedException e) when (e.Status == 409)
        {
            throw new DuplicateItemException(item.Number,
                MessageText.Format(Localization.Messages.StoreItemExistsInSession, item.Number, item.Session), e);
        }
    }
}
