using Azure.Data.Tables;

namespace SuggestionDesk.Storage;

/// <summary>
/// Who has been sent each archived report: one row per report and recipient in <c>{prefix}ReminderLog</c>, partition
/// <c>report|{name}</c>, beside the reminders' own record of what was sent. It is kept apart from the PDF because the
/// archive's container may hold its reports under a retention (WORM) policy, which refuses any change to a blob,
/// its metadata included. Recording is an upsert of a fixed key per recipient, so recording twice, or two runs
/// recording at once, loses nobody and changes nothing.
/// </summary>
public sealed class TableReportRecipients(TableServiceClient service, TableNames names)
{
    private readonly TableClient table = service.GetTableClient(names.ReminderLog);
    private readonly TableOnce ready = new(service.GetTableClient(names.ReminderLog));

    /// <summary>The tables in use (the report archive beside them takes their diagnostics).</summary>
    internal TableNames Names => names;

    /// <summary>The recipients report <paramref name="name"/> was sent to, compared without regard to case.</summary>
    public async Task<HashSet<string>> ReadAsync(string name, CancellationToken cancellationToken = default)
    {
        await ready.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var sent = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition(name)}");
        await foreach (var row in table.QueryAsync<TableEntity>(filter, select: ["Recipient"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (row.GetString("Recipient") is { Length: > 0 } recipient)
            {
                sent.Add(recipient);
            }
        }

        return sent;
    }

    /// <summary>Records that report <paramref name="name"/> was sent to <paramref name="recipients"/> at <paramref name="sentAt"/>.</summary>
    public async Task AddAsync(string name, IEnumerable<string> recipients, DateTimeOffset sentAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(recipients);
        await ready.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var rows = recipients
            .DistinctBy(r => r.ToUpperInvariant())
            .Select(r => new TableEntity(Partition(name), KeyEncoder.Encode(r.ToUpperInvariant())) { ["Recipient"] = r, ["Report"] = name, ["SentAt"] = sentAt });
        foreach (var chunk in rows.Chunk(100))
        {
            await table.SubmitTransactionAsync(chunk.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e)), cancellationToken)
                .ConfigureAwait(false);
        }
    }

    private static string Partition(string name) => "report|" + KeyEncoder.Encode(name);
}
