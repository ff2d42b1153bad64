using System.Text.Json;
using Azure.Data.Tables;
using SuggestionDesk.Reporting;

namespace SuggestionDesk.Storage;

/// <summary>
/// Who has been sent each archived report: one row per report and recipient in <c>{prefix}ReminderLog</c>, partition
/// <c>report|{name}</c>, beside the reminders' own record of what was sent. It is kept apart from the PDF because the
/// archive's container may hold its reports under a retention (WORM) policy, which refuses any change to a blob,
/// its metadata included. Recording is an upsert of a fixed key per recipient, so recording twice, or two runs
/// recording at once, loses nobody and changes nothing. The same partition keeps the report's cover (row <c>cover</c>,
/// which no recipient's upper-cased key can be), written once the PDF is archived.
/// </summary>
public sealed class TableReportRecipients(TableServiceClient service, TableNames names)
{
    private readonly TableClient table = service.GetTableClient(names.ReminderLog);
    private readonly TableOnce ready = new(service.GetTableClient(names.ReminderLog));

    private const string CoverRow = "cover";

    /// <summary>The tables in use (the report archive beside them takes their diagnostics).</summary>
    internal TableNames Names => names;

    /// <summary>The recipients report <paramref name="name"/> was sent to, compared without regard to case.</summary>
    public async Task<HashSet<string>> ReadAsync(string name, CancellationToken cancellationToken = default) =>
        (await ReadAsync(name, withCover: false, cancellationToken).ConfigureAwait(false)).SentTo;

    /// <summary>The recipients report <paramref name="name"/> was sent to, and its cover when one was kept; one query.</summary>
    public async Task<(HashSet<string> SentTo, ReportCover? Cover)> ReadWithCoverAsync(string name, CancellationToken cancellationToken = default) =>
        await ReadAsync(name, withCover: true, cancellationToken).ConfigureAwait(false);

    /// <summary>Keeps the cover of report <paramref name="name"/>, replacing none: the first one kept stays.</summary>
    public async Task KeepCoverAsync(string name, ReportCover cover, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cover);
        await ready.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var row = new TableEntity(Partition(name), CoverRow) { ["Report"] = name, ["Cover"] = JsonSerializer.Serialize(cover, StorageJson.Options) };
        try
        {
            await table.AddEntityAsync(row, cancellationToken).ConfigureAwait(false);
        }
        catch (Azure.RequestFailedException e) when (e.Status == 409)
        {
            // Kept already, by the run that archived the report: that one describes the archived PDF.
        }
    }

    private async Task<(HashSet<string> SentTo, ReportCover? Cover)> ReadAsync(string name, bool withCover, CancellationToken cancellationToken)
    {
        await ready.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var sent = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        ReportCover? cover = null;
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition(name)}");
        string[] columns = withCover ? ["Recipient", "Cover"] : ["Recipient"];
        await foreach (var row in table.QueryAsync<TableEntity>(filter, select: columns, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (row.GetString("Recipient") is { Length: > 0 } recipient)
            {
                sent.Add(recipient);
            }
            else if (row.GetString("Cover") is { Length: > 0 } json)
            {
                cover = Cover(json);
            }
        }

        return (sent, cover);
    }

    // A cover this version cannot read is treated as none kept: the run builds the figures again, as for an older archive.
    private static ReportCover? Cover(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<ReportCover>(json, StorageJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
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
