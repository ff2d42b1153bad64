using System.Globalization;
using Azure.Data.Tables;
using SuggestionDesk.Items;
using SuggestionDesk.Ports;
using SuggestionDesk.Reminders;

namespace SuggestionDesk.Storage;

/// <summary>
/// <see cref="IReminderLog"/> on Table Storage: one row per key in <c>{prefix}ReminderLog</c>, partitioned by
/// item, the row key made of recipient, clock, stage and date, so a run point-reads just the keys it could send.
/// Recording is an upsert of a fixed key, so recording twice changes nothing.
/// </summary>
public sealed class TableReminderLog(TableServiceClient service, TableNames names, RequestsInFlight? inFlight = null) : IReminderLog
{
    private readonly TableClient table = service.GetTableClient(names.ReminderLog);
    private readonly TableOnce ready = new(service.GetTableClient(names.ReminderLog));

    /// <inheritdoc />
    public async Task<IReadOnlySet<ReminderKey>> FindSentAsync(IReadOnlyCollection<ReminderKey> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        await ready.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var found = new HashSet<ReminderKey>();
        await Parallel.ForEachAsync(keys.Distinct(), (inFlight ?? RequestsInFlight.Default).ForReads(cancellationToken),
            async (key, token) =>
            {
                var row = await table.GetEntityIfExistsAsync<TableEntity>(Partition(key.Number), RowKey(key), ["RowKey"], token).ConfigureAwait(false);
                if (row.HasValue)
                {
                    lock (found)
                    {
                        found.Add(key);
                    }
                }
            }).ConfigureAwait(false);
        return found;
    }

    /// <inheritdoc />
    public async Task RecordAttemptAsync(IEnumerable<ReminderKey> keys, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        await ready.EnsureAsync(cancellationToken).ConfigureAwait(false);
        foreach (var group in keys.GroupBy(k => Partition(k.Number)))
        {
            foreach (var chunk in group.Chunk(100))
            {
                var actions = chunk.Select(k => new TableTransactionAction(TableTransactionActionType.UpsertReplace, AttemptEntity(k, at))).ToArray();
                await table.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlySet<ReminderKey>> FindAttemptedAsync(IReadOnlyCollection<ReminderKey> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        await ready.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var found = new HashSet<ReminderKey>();
        await Parallel.ForEachAsync(keys.Distinct(), (inFlight ?? RequestsInFlight.Default).ForReads(cancellationToken),
            async (key, token) =>
            {
                var row = await table.GetEntityIfExistsAsync<TableEntity>(Partition(key.Number), RowKey(key) + AttemptSuffix, ["RowKey"], token).ConfigureAwait(false);
                if (row.HasValue)
                {
                    lock (found)
                    {
                        found.Add(key);
                    }
                }
            }).ConfigureAwait(false);
        return found;
    }

    /// <inheritdoc />
    public async Task RecordAsync(IEnumerable<ReminderKey> keys, DateTimeOffset sentAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        await ready.EnsureAsync(cancellationToken).ConfigureAwait(false);
        // One transaction per item partition (at most 100 rows each): a message's keys for one item land together.
        foreach (var group in keys.GroupBy(k => Partition(k.Number)))
        {
            foreach (var chunk in group.Chunk(100))
            {
                var actions = chunk.Select(k => new TableTransactionAction(TableTransactionActionType.UpsertReplace, ToEntity(k, sentAt))).ToArray();
                await table.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static string Partition(string number) => number == "*" ? "digest" : "n|" + KeyEncoder.Encode(number);

    private static TableEntity ToEntity(ReminderKey key, DateTimeOffset sentAt)
    {
        return new TableEntity(Partition(key.Number), RowKey(key))
        {
            ["Recipient"] = key.Recipient,
            ["Number"] = key.Number,
            ["Clock"] = key.Clock,
            ["Stage"] = key.Stage,
            ["Date"] = Date(key),
            ["SentAt"] = sentAt,
        };
    }

    // An attempt sits beside the key's own row: the sent row's key with this suffix, so reading what was sent never sees it.
    private const string AttemptSuffix = "|attempt";

    private static TableEntity AttemptEntity(ReminderKey key, DateTimeOffset at) =>
        new(Partition(key.Number), RowKey(key) + AttemptSuffix) { ["Recipient"] = key.Recipient, ["Number"] = key.Number, ["AttemptedAt"] = at };

    private static string RowKey(ReminderKey key) =>
        string.Join("|", KeyEncoder.Encode(key.Recipient), KeyEncoder.Encode(key.Clock), KeyEncoder.Encode(key.Stage), Date(key));

    private static string Date(ReminderKey key) => key.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
