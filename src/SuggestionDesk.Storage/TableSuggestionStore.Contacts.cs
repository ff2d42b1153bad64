using System.Runtime.CompilerServices;
using Azure.Data.Tables;
using SuggestionDesk.Items;
using SuggestionDesk.Ports;

namespace SuggestionDesk.Storage;

/// <summary>
/// Reading contacts. A contact row written before phases were kept has none; it is given the phase its date has on
/// the item as it is stored now (<see cref="ContactPhases.Infer"/>), read only when such a row turns up. When the item
/// itself was removed, nothing places the contact and it reads as during handling.
/// </summary>
public sealed partial class TableSuggestionStore
{
    /// <inheritdoc />
    public async IAsyncEnumerable<Contact> GetContactsAsync(SuggestionNumber number, string session, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var rows = new List<TableEntity>();
        await foreach (var row in RangeAsync(number, session, RowKeys.ContactPrefix, cancellationToken).ConfigureAwait(false))
        {
            rows.Add(row);
        }

        ItemSnapshot? item = null;
        if (rows.Any(r => !HistoryEntities.HasPhase(r)))
        {
            var (partition, key) = ItemAddress.Of(session, number);
            var row = await FindRowAsync(partition, key, select: null, cancellationToken).ConfigureAwait(false);
            item = row is null ? null : ItemEntities.FromEntity(row);
        }

        foreach (var row in rows)
        {
            yield return HistoryEntities.ContactFromEntity(row, date => Infer(item, date));
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<ItemContact> GetSessionContactsAsync(string session, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(session);
        await EnsureTablesAsync(cancellationToken).ConfigureAwait(false);
        var partition = KeyEncoder.Encode(session);
        var (start, end) = RowKeys.Range(RowKeys.Contacts);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {start} and RowKey lt {end}");
        var rows = new List<TableEntity>();
        await foreach (var row in items.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            rows.Add(row);
        }

        var stored = rows.Any(r => !HistoryEntities.HasPhase(r))
            ? await SessionItemsAsync(partition, cancellationToken).ConfigureAwait(false)
            : [];
        foreach (var row in rows)
        {
            var number = SuggestionNumber.Parse(row.GetString("Number"));
            var item = stored.GetValueOrDefault(number.Value);
            yield return new ItemContact(session, number, HistoryEntities.ContactFromEntity(row, date => Infer(item, date)));
        }
    }

    private async Task<Dictionary<string, ItemSnapshot>> SessionItemsAsync(string partition, CancellationToken cancellationToken)
    {
        var (start, end) = RowKeys.Range(RowKeys.Items);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {start} and RowKey lt {end}");
        var found = new Dictionary<string, ItemSnapshot>(StringComparer.Ordinal);
        await foreach (var row in items.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            var item = ItemEntities.FromEntity(row);
            found[item.Number] = item;
        }

        return found;
    }

    private static ContactPhase Infer(ItemSnapshot? item, DateOnly date) => item is null ? ContactPhase.During : ContactPhases.Infer(item, date);
}
