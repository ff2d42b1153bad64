using System.Globalization;
using Azure.Data.Tables;
using SuggestionDesk.Ports;
using SuggestionDesk.Runs;

namespace SuggestionDesk.Storage;

/// <summary>
/// The run records: one row per run in <c>{prefix}ReminderLog</c>, partition <c>run|{kind}</c>, row key the run's
/// start as inverted ticks and its id, so a partition reads newest first and a listing takes only the rows it shows.
/// </summary>
public sealed class TableRunRecords(TableServiceClient service, TableNames names) : IRunRecordStore
{
    private readonly TableClient table = service.GetTableClient(names.ReminderLog);
    private readonly TableOnce ready = new(service.GetTableClient(names.ReminderLog));

    /// <inheritdoc />
    public async Task AddAsync(RunRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        await ready.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var row = new TableEntity(Partition(record.Kind), RowKey(record.Started, record.Id))
        {
            ["Kind"] = record.Kind.ToString(),
            ["Host"] = record.Host,
            ["Started"] = record.Started,
            ["Finished"] = record.Finished,
            ["Outcome"] = record.Outcome.ToString(),
            ["For"] = record.For,
            ["Planned"] = record.Planned,
            ["Sent"] = record.Sent,
            ["Failed"] = record.Failed,
            ["NotAddressed"] = record.NotAddressed,
            ["FirstError"] = Shorten(record.FirstError),
            ["Id"] = record.Id,
        };
        await table.AddEntityAsync(row, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<RunRecord>> ListAsync(RunKind? kind, int last, CancellationToken cancellationToken = default)
    {
        if (last < 1)
        {
            return [];
        }

        await ready.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var kinds = kind is { } one ? [one] : Enum.GetValues<RunKind>();
        var found = new List<RunRecord>();
        foreach (var k in kinds)
        {
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition(k)}");
            await foreach (var row in table.QueryAsync<TableEntity>(filter, maxPerPage: Math.Min(last, 1000), cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                found.Add(Read(row));
                if (found.Count(r => r.Kind == k) >= last)
                {
                    break;
                }
            }
        }

        return found.OrderByDescending(r => r.Started).ThenBy(r => r.Id).Take(last).ToArray();
    }

    private static RunRecord Read(TableEntity row) => new()
    {
        Id = row.GetGuid("Id") ?? Guid.Empty,
        Kind = Enum.Parse<RunKind>(row.GetString("Kind")),
        Host = row.GetString("Host") ?? string.Empty,
        Started = row.GetDateTimeOffset("Started") ?? DateTimeOffset.MinValue,
        Finished = row.GetDateTimeOffset("Finished") ?? DateTimeOffset.MinValue,
        Outcome = Enum.TryParse<RunOutcome>(row.GetString("Outcome"), out var outcome) ? outcome : RunOutcome.Failed,
        For = row.GetString("For"),
        Planned = row.GetInt32("Planned") ?? 0,
        Sent = row.GetInt32("Sent") ?? 0,
        Failed = row.GetInt32("Failed") ?? 0,
        NotAddressed = row.GetInt32("NotAddressed") ?? 0,
        FirstError = row.GetString("FirstError"),
    };

    private static string Partition(RunKind kind) => "run|" + kind;

    // Newest first within a partition: ticks counted down from the largest date.
    private static string RowKey(DateTimeOffset started, Guid id) =>
        (DateTimeOffset.MaxValue.UtcTicks - started.UtcTicks).ToString("D19", CultureInfo.InvariantCulture) + "|" + id.ToString("N");

    // An error may quote a long server answer; a row property holds 32 K characters.
    private static string? Shorten(string? text) => text is { Length: > 2000 } ? text[..2000] + "…" : text;
}
