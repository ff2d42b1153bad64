using System.Text.Json;
using Azure.Data.Tables;
using SuggestionDesk.Ports;
using SuggestionDesk.Reminders;

namespace SuggestionDesk.Storage;

/// <summary><see cref="IReminderPolicyStore"/> on Table Storage: one row in <c>{prefix}Settings</c> holding the policy as JSON.</summary>
public sealed class TableReminderPolicyStore(TableServiceClient service, TableNames names) : IReminderPolicyStore
{
    private const string Partition = "policy";
    private const string Row = "reminders";
    private readonly TableClient table = service.GetTableClient(names.Settings);
    private readonly TableOnce ready = new(service.GetTableClient(names.Settings));

    /// <inheritdoc />
    public async Task<ReminderPolicy> GetAsync(CancellationToken cancellationToken = default)
    {
        await ready.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(Partition, Row, cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue && row.Value!.GetString("Json") is { } json
            ? JsonSerializer.Deserialize<ReminderPolicy>(json, StorageJson.Options) ?? ReminderPolicy.Default
            : ReminderPolicy.Default;
    }

    /// <inheritdoc />
    public async Task SaveAsync(ReminderPolicy policy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(policy);
        policy.Validated();
        await ready.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var row = new TableEntity(Partition, Row) { ["Json"] = JsonSerializer.Serialize(policy, StorageJson.Options) };
        await table.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }
}
