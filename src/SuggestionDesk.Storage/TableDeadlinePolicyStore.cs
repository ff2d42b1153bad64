using Azure;
using Azure.Data.Tables;
using SuggestionDesk.Calendar;
using SuggestionDesk.Ports;

namespace SuggestionDesk.Storage;

/// <summary>
/// <see cref="IDeadlinePolicyStore"/> on Table Storage: one row in <c>{prefix}Settings</c> holding the policy as JSON,
/// its ETag the version. A save names the ETag it read (or adds the row when none was read), so the table refuses it
/// when someone changed the policy since.
/// </summary>
public sealed class TableDeadlinePolicyStore(TableServiceClient service, TableNames names) : IDeadlinePolicyStore
{
    private const string Partition = "policy";
    private const string Row = "deadlines";
    private readonly TableClient table = service.GetTableClient(names.Settings);
    private readonly TableOnce ready = new(service.GetTableClient(names.Settings));

    /// <inheritdoc />
    public async Task<StoredDeadlinePolicy> GetAsync(CancellationToken cancellationToken = default)
    {
        await ready.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(Partition, Row, cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue && row.Value!.GetString("Json") is { } json
            ? new StoredDeadlinePolicy(DeadlinePolicyDocument.Read(json, $"table {names.Settings}"), row.Value.ETag.ToString())
            : new StoredDeadlinePolicy(DeadlinePolicy.Default, null);
    }

    /// <inheritdoc />
    public async Task<StoredDeadlinePolicy> SaveAsync(DeadlinePolicy policy, string? version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(policy);
        await ready.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var row = new TableEntity(Partition, Row) { ["Json"] = DeadlinePolicyDocument.Write(policy) };
        try
        {
            var response = version is null
                ? await table.AddEntityAsync(row, cancellationToken).ConfigureAwait(false)
                : await table.UpdateEntityAsync(row, new ETag(version), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            return new StoredDeadlinePolicy(policy, response.Headers.ETag?.ToString());
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412 or 404)
        {
            throw Conflict(e);
        }
    }

    private static PolicyConflictException Conflict(Exception? inner = null) => new("deadline policy",
        Localization.Messages.StorePolicyConflict, inner);
}
