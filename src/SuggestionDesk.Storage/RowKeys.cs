using System.Globalization;

namespace SuggestionDesk.Storage;

/// <summary>
/// The row key layout of the items table (see docs/storage.md). In a session's partition:
/// <c>i|o|{number}</c> an open item, <c>i|z|{number}</c> a closed one (an item moves between the two in the
/// same transaction that changes it), <c>h|{number}|{ticks}|{sequence}|{id}</c> its history and
/// <c>c|{number}|{date}|{ticks}|{id}</c> its contacts. <c>|</c> never occurs in an encoded number, so one
/// item's range never covers another's.
/// </summary>
internal static class RowKeys
{
    public const string Items = "i|";
    public const string OpenItems = "i|o|";
    public const string Contacts = "c|";

    public static string Item(string key, bool open) => (open ? OpenItems : "i|z|") + key;

    /// <summary>History sorts by time, then by its order within one save (entries of one save share a time).</summary>
    public static string History(string key, DateTimeOffset at, int sequence, Guid id) =>
        string.Create(CultureInfo.InvariantCulture, $"h|{key}|{at.UtcTicks:D19}|{sequence:D3}|{id:N}");

    public static string Contact(string key, DateOnly date, DateTimeOffset recordedAt, Guid id) =>
        string.Create(CultureInfo.InvariantCulture, $"c|{key}|{date:yyyyMMdd}|{recordedAt.UtcTicks:D19}|{id:N}");

    /// <summary>The [start, end) range of row keys starting with <paramref name="prefix"/>, which must end with '|'.</summary>
    public static (string Start, string End) Range(string prefix) => (prefix, prefix[..^1] + "}");

    public static string HistoryPrefix(string key) => $"h|{key}|";

    public static string ContactPrefix(string key) => $"c|{key}|";
}
