using Azure;
using Azure.Data.Tables;
using SuggestionDesk.Items;
using SuggestionDesk.Localization;
using SuggestionDesk.Ports;
using SuggestionDesk.Reminders;

namespace SuggestionDesk.Storage;

/// <summary>
/// <see cref="IReminderDirectoryStore"/> on Table Storage, in <c>{prefix}Settings</c>: partition <c>directory</c>,
/// one row for the office mailbox and one per department head.
/// </summary>
public sealed class TableReminderDirectoryStore(TableServiceClient service, TableNames names) : IReminderDirectoryStore
{
    private const string Partition = "directory";
    private const string OfficeRow = "office";
    private readonly TableClient table = service.GetTableClient(names.Settings);
    private readonly TableOnce ready = new(service.GetTableClient(names.Settings));

    /// <inheritdoc />
    public async Task<ReminderDirectory> GetAsync(CancellationToken cancellationToken = default)
    {
        await ready.EnsureAsync(cancellationToken).ConfigureAwait(false);
        string? office = null;
        var heads = new Dictionary<string, string>(StringComparer.Ordinal);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition}");
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (row.RowKey == OfficeRow)
            {
                office = row.GetString("Mailbox");
            }
            else if (row.GetString("Department") is { } department && row.GetString("Mailbox") is { } mailbox)
            {
                heads[department] = mailbox;
            }
        }

        return new ReminderDirectory(office, heads);
    }

    /// <inheritdoc />
    public Task SetOfficeAsync(string? mailbox, CancellationToken cancellationToken = default) =>
        SetAsync(OfficeRow, null, mailbox is null ? null : EmailRule.Check(mailbox, Localization.Messages.StoreFieldOfficeMailbox), cancellationToken);

    /// <inheritdoc />
    public Task SetHeadAsync(string department, string? mailbox, CancellationToken cancellationToken = default)
    {
        var name = TextRules.Required(department?.Trim(), Localization.Messages.StoreFieldDepartment);
        return SetAsync("head|" + KeyEncoder.Encode(name), name, mailbox is null ? null : EmailRule.Check(mailbox, MessageText.Format(Localization.Messages.StoreFieldHeadOf, name)), cancellationToken);
    }

    private async Task SetAsync(string rowKey, string? department, string? mailbox, CancellationToken cancellationToken)
    {
        await ready.EnsureAsync(cancellationToken).ConfigureAwait(false);
        if (mailbox is null)
        {
            try
            {
                await table.DeleteEntityAsync(Partition, rowKey, ETag.All, cancellationToken).ConfigureAwait(false);
            }
            catch (RequestFailedException e) when (e.Status == 404)
            {
            }

            return;
        }

        var row = new TableEntity(Partition, rowKey) { ["Mailbox"] = mailbox, ["Department"] = department };
        await table.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }
}
