using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;
using SuggestionDesk.Actions;
using SuggestionDesk.Items;
using SuggestionDesk.Localization;
using SuggestionDesk.Ports;

namespace SuggestionDesk.Storage;

/// <summary>
/// <see cref="IActionLinkStore"/> on Table Storage: one row per link in <c>{prefix}ActionLinks</c>, all in one partition
/// with the token's hash as the row key, so a link is one point read and a run's links are written a hundred at a time.
/// Listing an item's links reads the partition with a filter on its number: an office issues a few thousand a year.
/// </summary>
public sealed class TableActionLinkStore(TableServiceClient service, TableNames names) : IActionLinkStore
{
    private const string Partition = "link";
    private readonly TableClient table = service.GetTableClient(names.ActionLinks);
    private readonly TableOnce ready = new(service.GetTableClient(names.ActionLinks));

    /// <inheritdoc />
    public async Task AddAsync(IReadOnlyList<ActionLink> links, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(links);
        if (links.Count == 0)
        {
            return;
        }

        await ready.EnsureAsync(cancellationToken).ConfigureAwait(false);
        foreach (var chunk in links.Chunk(100))
        {
            var actions = chunk.Select(l => new TableTransactionAction(TableTransactionActionType.Add, ToEntity(l))).ToArray();
            await table.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public async Task<ActionLink?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        if (!IsHash(id))
        {
            return null;
        }

        await ready.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(Partition, id, cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue ? FromEntity(row.Value!) : null;
    }

    /// <inheritdoc />
    public async Task<ActionLink?> UpdateAsync(ActionLink link, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(link);
        if (link.Version is null)
        {
            throw new ArgumentException($"Link '{link.Id}' has no version: read it before changing it.", nameof(link));
        }

        await ready.EnsureAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var response = await table.UpdateEntityAsync(ToEntity(link), new ETag(link.Version), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            return link with { Version = response.Headers.ETag?.ToString() };
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            return null;
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<ActionLink> ListAsync(SuggestionNumber number, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await ready.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var found = new List<ActionLink>();
        await foreach (var row in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and Number eq {number.Value}"), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            found.Add(FromEntity(row));
        }

        foreach (var link in found.OrderBy(l => l.IssuedAt).ThenBy(l => l.Action))
        {
            yield return link;
        }
    }

    private static TableEntity ToEntity(ActionLink link) => new(Partition, link.Id)
    {
        ["Number"] = link.Number.Value,
        ["Session"] = link.Session,
        ["Action"] = link.Action.ToString(),
        ["Recipient"] = link.Recipient,
        ["IssuedAt"] = link.IssuedAt,
        ["ExpiresAt"] = link.ExpiresAt,
        ["UsedAt"] = link.UsedAt,
        ["UsedBy"] = link.UsedBy,
        ["RevokedAt"] = link.RevokedAt,
        ["RevokedBy"] = link.RevokedBy,
    };

    private static ActionLink FromEntity(TableEntity row) => new()
    {
        Id = row.RowKey,
        Number = SuggestionNumber.Parse(row.GetString("Number") ?? throw Unreadable(row, "Number")),
        Session = row.GetString("Session") ?? string.Empty,
        Action = Enum.TryParse<ItemAction>(row.GetString("Action"), out var action) ? action : throw Unreadable(row, "Action"),
        Recipient = row.GetString("Recipient") ?? string.Empty,
        IssuedAt = Office(row.GetDateTimeOffset("IssuedAt")) ?? throw Unreadable(row, "IssuedAt"),
        ExpiresAt = Office(row.GetDateTimeOffset("ExpiresAt")) ?? throw Unreadable(row, "ExpiresAt"),
        UsedAt = Office(row.GetDateTimeOffset("UsedAt")),
        UsedBy = row.GetString("UsedBy"),
        RevokedAt = Office(row.GetDateTimeOffset("RevokedAt")),
        RevokedBy = row.GetString("RevokedBy"),
        Version = row.ETag.ToString(),
    };

    // Table Storage keeps instants in UTC; people read them in the office's time.
    private static DateTimeOffset? Office(DateTimeOffset? instant) => instant is { } at ? TimeZoneInfo.ConvertTime(at, OfficeTime.China) : null;

    private static InvalidDataException Unreadable(TableEntity row, string property) =>
        new(MessageText.Format(Localization.Messages.StoreLinkRowUnreadable, row.RowKey, property));

    private static bool IsHash(string id) => id is { Length: 64 } && id.All(char.IsAsciiHexDigitLower);
}
