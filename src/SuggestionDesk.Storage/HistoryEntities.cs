using System.Text.Json;
using Azure.Data.Tables;
using SuggestionDesk.Items;

namespace SuggestionDesk.Storage;

/// <summary>Maps history entries and contacts to rows in their item's partition.</summary>
internal static class HistoryEntities
{
    public static TableEntity ToEntity(HistoryEntry entry, int sequence, string number, string partitionKey, string key)
    {
        var entity = new TableEntity(partitionKey, RowKeys.History(key, entry.At, sequence, entry.Id))
        {
            ["Number"] = number,
            ["Id"] = entry.Id,
            ["At"] = entry.At,
            ["Actor"] = entry.Actor,
            ["Action"] = entry.Action,
        };
        LongText.Write(entity, "Changes", JsonSerializer.Serialize(entry.Changes, StorageJson.Options));
        return entity;
    }

    public static HistoryEntry FromEntity(TableEntity entity)
    {
        var changes = JsonSerializer.Deserialize<FieldChange[]>(LongText.Read(entity, "Changes") ?? "[]", StorageJson.Options) ?? [];
        return new HistoryEntry(
            entity.GetGuid("Id") ?? Guid.Empty,
            entity.GetDateTimeOffset("At") ?? default,
            entity.GetString("Actor") ?? string.Empty,
            entity.GetString("Action") ?? string.Empty,
            changes);
    }

    public static TableEntity ToEntity(Contact contact, string number, string partitionKey, string key)
    {
        var entity = new TableEntity(partitionKey, RowKeys.Contact(key, contact.Date, contact.RecordedAt, contact.Id))
        {
            ["Number"] = number,
            ["Id"] = contact.Id,
            ["Date"] = contact.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Method"] = contact.Method.ToString(),
            ["RecordedBy"] = contact.RecordedBy,
            ["RecordedAt"] = contact.RecordedAt,
        };
        LongText.Write(entity, "Note", contact.Note);
        return entity;
    }

    public static Contact ContactFromEntity(TableEntity entity) => new(
        entity.GetGuid("Id") ?? Guid.Empty,
        DateOnly.ParseExact(entity.GetString("Date") ?? "0001-01-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        Enum.Parse<ContactMethod>(entity.GetString("Method") ?? nameof(ContactMethod.Other)),
        LongText.Read(entity, "Note"),
        entity.GetString("RecordedBy") ?? string.Empty,
        entity.GetDateTimeOffset("RecordedAt") ?? default);
}
