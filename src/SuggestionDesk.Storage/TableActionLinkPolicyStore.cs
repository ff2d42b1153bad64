using System.Text.Json;
using Azure.Data.Tables;
using SuggestionDesk.Actions;
using SuggestionDesk.Ports;

namespace SuggestionDesk.Storage;

/// <summary><see cref="IActionLinkPolicyStore"/> on Table Storage: one row in <c>{prefix}Settings</c> holding the policy as JSON.</summary>
public sealed class TableActionLinkPolicyStore(TableServiceClient service, TableNames names) : IActionLinkPolicyStore
{
    private const string Partition = "policy";
    private const string Row = "actionlinks";
    private readonly TableClient table = service.GetTableClient(names.Settings);
    private readonly TableOnce ready = new(service.GetTableClient(names.Settings));

    /// <inheritdoc />
    public async Task<ActionLinkPolicy> GetAsync(CancellationToken cancellationToken = default)
    {
        await ready.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(Partition, Row, cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue && row.Value!.GetString("Json") is { } json
            ? JsonSerializer.Deserialize<ActionLinkPolicy>(json, StorageJson.Options) ?? ActionLinkPolicy.Default
            : ActionLinkPolicy.Default;
    }

    /// <inheritdoc />
    public async Task SaveAsync(ActionLinkPolicy policy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(policy);
        policy.Validated();
        await ready.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var row = new TableEntity(Partition, Row) { ["Json"] = JsonSerializer.Serialize(policy, StorageJson.Options) };
        await table.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }
}
