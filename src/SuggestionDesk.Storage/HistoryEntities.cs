using System.Text.Json;
using Azure.Data.Tables;
using SuggestionDesk.Items;

namespace SuggestionDesk.Storage;

/// <summary>Maps history entries and contacts to rows in their item's partition.</summary>
internal static class HistoryEntities
{
    /// <summary>Wire bytes of changes JSON per history row: keeps a row under Table Storage's 1 MiB.</summary>
    public const long PartBytes = 900_000;

    /// <summary>
    /// One history entry as one row or, when its changes are long (say, three 99,000-character texts
    /// replaced), as several consecutive rows that are read back as one entry.
    /// </summary>
    public static IReadOnlyList<TableEntity> ToEntities(HistoryEntry entry, int sequence, ItemAddress address)
    {
        var changes = JsonSerializer.Serialize(entry.Changes, StorageJson.Options);
        var pieces = WireSize.Split(changes, PartBytes);
        var rowKey = RowKeys.History(address.Key, entry.At, sequence, entry.Id);
        var rows = new List<TableEntity>(pieces.Count);
        for (var part = 0; part < pieces.Count; part++)
        {
            var row = new TableEntity(address.Partition, part == 0 ? rowKey : $"{rowKey}|{part:D2}")
            {
                ["Number"] = address.Number,
                ["Id"] = entry.Id,
                ["At"] = entry.At,
                ["Actor"] = entry.Actor,
                ["Action"] = entry.Action,
                ["Part"] = part,
                ["Parts"] = pieces.Count,
                ["Via"] = entry.Via,
            };
            LongText.Write(row, "Changes", pieces[part]);
            rows.Add(row);
        }

        return rows;
    }

    /// <summary>Reads history rows (in key order) back into entries, joining the parts of long ones.</summary>
    public static IEnumerable<HistoryEntry> FromEntities(IEnumerable<TableEntity> rows)
    {
        var pending = new List<TableEntity>();
        foreach (var row in rows)
        {
            pending.Add(row);
            if (pending.Count >= (row.GetInt32("Parts") ?? 1))
            {
                yield return FromParts(pending);
                pending.Clear();
            }
        }
    }

    private static HistoryEntry FromParts(IReadOnlyList<TableEntity> parts)
    {
        var first = parts[0];
        var json = string.Concat(parts.Select(p => LongText.Read(p, "Changes")));
        var changes = JsonSerializer.Deserialize<FieldChange[]>(json.Length == 0 ? "[]" : json, StorageJson.Options) ?? [];
        return new HistoryEntry(
            first.GetGuid("Id") ?? Guid.Empty,
            OfficeTime((first.GetDateTimeOffset("At") ?? default)),
            first.GetString("Actor") ?? string.Empty,
            first.GetString("Action") ?? string.Empty,
            changes)
        {
            Via = first.GetString("Via"),
        };
    }

    public static TableEntity ToEntity(Contact contact, ItemAddress address)
    {
        var entity = new TableEntity(address.Partition, RowKeys.Contact(address.Key, contact.Date, contact.RecordedAt, contact.Id))
        {
            ["Number"] = address.Number,
            ["Id"] = contact.Id,
            ["Date"] = contact.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Method"] = contact.Method.ToString(),
            ["Phase"] = contact.Phase.ToString(),
            ["RecordedBy"] = contact.RecordedBy,
            ["RecordedAt"] = contact.RecordedAt,
        };
        LongText.Write(entity, "Note", contact.Note);
        return entity;
    }

    /// <summary>Whether the contact row keeps its phase (rows written before phases were kept do not).</summary>
    public static bool HasPhase(TableEntity entity) => entity.GetString("Phase") is not null;

    /// <summary>The contact a row holds; a row without a phase gets the one <paramref name="inferPhase"/> gives for its date.</summary>
    public static Contact ContactFromEntity(TableEntity entity, Func<DateOnly, ContactPhase> inferPhase)
    {
        var date = DateOnly.ParseExact(entity.GetString("Date") ?? "0001-01-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return new Contact(
            entity.GetGuid("Id") ?? Guid.Empty,
            date,
            Enum.Parse<ContactMethod>(entity.GetString("Method") ?? nameof(ContactMethod.Other)),
            LongText.Read(entity, "Note"),
            entity.GetString("RecordedBy") ?? string.Empty,
            OfficeTime(entity.GetDateTimeOffset("RecordedAt") ?? default),
            entity.GetString("Phase") is { } phase ? Enum.Parse<ContactPhase>(phase) : inferPhase(date));
    }

    /// <summary>Table Storage keeps instants in UTC; people read them in the office's time.</summary>
    private static DateTimeOffset OfficeTime(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Items.OfficeTime.China);
}
