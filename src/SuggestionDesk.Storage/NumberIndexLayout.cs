using Azure;
using Azure.Data.Tables;

namespace SuggestionDesk.Storage;

/// <summary>
/// Moves a number index written before the bucketed layout (partition = encoded number, row key <c>n</c>) to
/// it, once per store, and marks the table as moved. Safe to run twice at once or again after a crash: each old
/// row is inserted in its new place (never overwriting a row there, which is newer) and only then deleted,
/// conditional on the version read.
/// </summary>
internal static class NumberIndexLayout
{
    /// <summary>The marker row: its partition is no encoded number and no bucket.</summary>
    public const string MarkerPartition = "~layout";

    private const string MarkerRow = "numbers";
    private const string OldRow = "n";
    private const int Current = 2;

    /// <summary>Returns at once when the table is marked; otherwise moves any old rows and marks it.</summary>
    public static async Task EnsureAsync(NumberIndex index, CancellationToken cancellationToken)
    {
        var table = index.Table;
        var marker = await table.GetEntityIfExistsAsync<TableEntity>(MarkerPartition, MarkerRow, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (marker.HasValue && marker.Value!.GetInt32("Version") >= Current)
        {
            return;
        }

        var old = new List<TableEntity>();
        var filter = TableClient.CreateQueryFilter($"RowKey eq {OldRow}");
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (!NumberIndex.IsBucket(row.PartitionKey))
            {
                old.Add(row);
            }
        }

        if (old.Count > 0)
        {
            var claims = old.Select(ToClaim).ToArray();
            await index.TryAddManyAsync(claims, cancellationToken).ConfigureAwait(false);
            await Parallel.ForEachAsync(old, index.InFlight.ForWrites(cancellationToken), async (row, token) =>
            {
                try
                {
                    await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, row.ETag, token).ConfigureAwait(false);
                }
                catch (RequestFailedException e) when (e.Status is 404 or 412)
                {
                    // Moved by another run meanwhile.
                }
            }).ConfigureAwait(false);
        }

        await table.UpsertEntityAsync(
            new TableEntity(MarkerPartition, MarkerRow) { ["Version"] = Current, ["Moved"] = old.Count }, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    private static NumberClaim ToClaim(TableEntity old) =>
        new(old.PartitionKey, old.GetString("Number") ?? old.PartitionKey, old.GetString("Session") ?? string.Empty);
}
