using Azure;
using Azure.Data.Tables;
using SuggestionDesk.Items;
using SuggestionDesk.Ports;

namespace SuggestionDesk.Storage;

/// <summary>Writing: the number claim and the entity-group transactions.</summary>
public sealed partial class TableSuggestionStore
{
    /// <summary>One entity-group transaction holds at most 100 operations.</summary>
    private const int MaxBatch = 100;

    /// <summary>How long an index row without its item is taken as someone's add still under way.</summary>
    private static readonly TimeSpan ClaimTimeout = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Claims the number in the index, which keeps numbers unique across sessions. An index row whose item
    /// does not exist is left by an add or removal that died halfway: it is taken over when it names the
    /// same session (the item insert then decides) or when it is older than <see cref="ClaimTimeout"/>.
    /// </summary>
    private async Task ClaimNumberAsync(SuggestionItem item, string partition, string key, CancellationToken cancellationToken)
    {
        var claim = new TableEntity(key, NumberRow) { ["Number"] = item.Number.Value, ["Session"] = item.Session, ["Partition"] = partition };
        try
        {
            await numbers.AddEntityAsync(claim, cancellationToken).ConfigureAwait(false);
            return;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
        }

        var existing = (await numbers.GetEntityAsync<TableEntity>(key, NumberRow, cancellationToken: cancellationToken).ConfigureAwait(false)).Value;
        var otherPartition = existing.GetString("Partition") ?? partition;
        var otherSession = existing.GetString("Session") ?? item.Session;
        if (await FindRowAsync(otherPartition, key, ["RowKey"], cancellationToken).ConfigureAwait(false) is not null)
        {
            throw new DuplicateItemException(item.Number,
                $"Suggestion '{item.Number}' already exists (session {otherSession}). Change it with Set-Suggestion, or remove it first.");
        }

        var age = clock.GetUtcNow() - (existing.Timestamp ?? DateTimeOffset.MinValue);
        if (otherPartition != partition && age < ClaimTimeout)
        {
            throw new DuplicateItemException(item.Number,
                $"Suggestion '{item.Number}' is being added to session {otherSession} by someone else right now. Check with Get-Suggestion in a minute.");
        }

        try
        {
            await numbers.UpdateEntityAsync(claim, existing.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status is 412 or 404)
        {
            throw new DuplicateItemException(item.Number, $"Suggestion '{item.Number}' is being added by someone else right now. Check with Get-Suggestion in a minute.", e);
        }
    }

    /// <summary>
    /// Writes <paramref name="itemActions"/> (which change the item's row, conditionally) together with the
    /// pending history and contacts, and returns the item row's new ETag (null if the row was not written).
    /// </summary>
    private async Task<ETag?> SubmitAsync(SuggestionItem item, IReadOnlyList<TableTransactionAction> itemActions, bool force, CancellationToken cancellationToken)
    {
        var (partition, key) = Keys(item);
        var appends = item.PendingHistory
            .Select((h, i) => new TableTransactionAction(TableTransactionActionType.Add, HistoryEntities.ToEntity(h, i, item.Number.Value, partition, key)))
            .Concat(item.PendingContacts
                .Select(c => new TableTransactionAction(TableTransactionActionType.Add, HistoryEntities.ToEntity(c, item.Number.Value, partition, key))))
            .ToList();

        if (itemActions.Count > 0 && itemActions.Count + appends.Count > MaxBatch)
        {
            throw new InvalidOperationException(
                $"Suggestion '{item.Number}' has {item.PendingHistory.Count} unsaved changes; one save holds at most {MaxBatch - itemActions.Count}. Save after fewer changes.");
        }

        if (itemActions.Count == 0)
        {
            // Contacts alone: unconditional appends that never conflict, written in as many batches as needed.
            foreach (var chunk in appends.Chunk(MaxBatch))
            {
                await SubmitBatchAsync(item, chunk, cancellationToken).ConfigureAwait(false);
            }

            return null;
        }

        var responses = await SubmitBatchAsync(item, [.. itemActions, .. appends], cancellationToken).ConfigureAwait(false);
        return responses[0].Headers.ETag;
    }

    private async Task<IReadOnlyList<Response>> SubmitBatchAsync(SuggestionItem item, IReadOnlyList<TableTransactionAction> actions, CancellationToken cancellationToken)
    {
        try
        {
            var response = await items.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
            return response.Value;
        }
        catch (TableTransactionFailedException e) when (e.Status is 412 or 404)
        {
            throw new ItemConflictException(item.Number,
                $"Suggestion '{item.Number}' was changed or removed by someone else since you read it. Nothing was written. Read it again and repeat your change, or use -Force to overwrite theirs.", e);
        }
        catch (TableTransactionFailedException e) when (e.Status == 409)
        {
            throw new DuplicateItemException(item.Number,
                $"Suggestion '{item.Number}' already exists in session {item.Session}. Nothing was written. Change it with Set-Suggestion instead.", e);
        }
    }
}
