using System.Text.Json;
using Azure.Data.Tables;
using SuggestionDesk.Items;
using SuggestionDesk.Localization;

namespace SuggestionDesk.Storage;

/// <summary>
/// Maps an item to its entity: the whole snapshot as a JSON document (split across properties when long),
/// plus plain columns that queries filter on and people read in Storage Explorer.
/// </summary>
internal static class ItemEntities
{
    /// <summary>Version of the document layout, for future migrations.</summary>
    public const int SchemaVersion = 1;

    /// <summary>
    /// The columns an item is restored from (its keys, schema version and document, in as many parts as an entity
    /// within <see cref="WireSize.MaxEntityBytes"/> can hold): reads select only these, so the service sends, and the
    /// client parses, about half of what the whole row is (the plain columns repeat what the document holds).
    /// </summary>
    public static IReadOnlyList<string> DocumentColumns { get; } =
    [
        "PartitionKey", "RowKey", "SchemaVersion", "DocChunks",
        .. Enumerable.Range(0, (int)(WireSize.MaxEntityBytes / LongText.ChunkLength) + 1).Select(i => "Doc" + i),
    ];

    public static TableEntity ToEntity(ItemSnapshot item, string partitionKey, string rowKey)
    {
        var document = JsonSerializer.Serialize(item, StorageJson.Options);
        var entity = new TableEntity(partitionKey, rowKey)
        {
            ["SchemaVersion"] = SchemaVersion,
            ["Number"] = item.Number,
            ["Session"] = item.Session,
            ["Kind"] = item.Kind.ToString(),
            ["Title"] = Truncate(item.Title),
            ["Role"] = item.Role.ToString(),
            ["Status"] = item.Status.ToString(),
            ["Department"] = item.Department,
            ["Owner"] = item.Owner,
            ["OwnerEmail"] = item.OwnerEmail,
            ["OwnerEmailLower"] = item.OwnerEmail?.ToLowerInvariant(),
            ["LeadingOfficial"] = item.LeadingOfficial,
            ["Priority"] = item.Priorities.Count == 0 ? null : string.Join(",", item.Priorities),
            ["AssignedOn"] = item.AssignedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["UpdatedBy"] = item.UpdatedBy,
            ["UpdatedAt"] = item.UpdatedAt,
        };
        LongText.Write(entity, "Doc", document);
        var size = WireSize.Of(entity);
        if (size > WireSize.MaxEntityBytes)
        {
            throw new ArgumentException(
                MessageText.Format(Localization.Messages.StoreItemTooLarge, item.Number, size, WireSize.MaxEntityBytes));
        }

        return entity;
    }

    public static ItemSnapshot FromEntity(TableEntity entity)
    {
        var version = entity.GetInt32("SchemaVersion");
        if (version != SchemaVersion)
        {
            throw new InvalidDataException(
                MessageText.Format(
                    Localization.Messages.StoreSchemaVersion,
                    entity.RowKey,
                    entity.PartitionKey,
                    version?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? Localization.Messages.StoreSchemaVersionNone,
                    SchemaVersion));
        }

        var document = LongText.Read(entity, "Doc")
            ?? throw new InvalidDataException($"Item entity '{entity.RowKey}' in partition '{entity.PartitionKey}' has no document.");
        return JsonSerializer.Deserialize<ItemSnapshot>(document, StorageJson.Options)
            ?? throw new InvalidDataException($"Item entity '{entity.RowKey}' holds an empty document.");
    }

    // A column for reading in Storage Explorer; the document keeps the full title.
    private static string Truncate(string text) => text.Length <= 1_000 ? text : text[..1_000];
}
