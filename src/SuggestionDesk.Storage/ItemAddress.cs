using SuggestionDesk.Items;

namespace SuggestionDesk.Storage;

/// <summary>
/// Where an item lives in the items table: its session's partition and its number's key, both encoded once
/// (<see cref="KeyEncoder"/>), with the number as written for the rows that carry it. Passed whole, so a partition and
/// a key — two strings of the same shape — cannot be swapped on the way.
/// </summary>
/// <param name="Partition">The encoded session: the item's partition.</param>
/// <param name="Key">The encoded number: the item's rows start with it.</param>
/// <param name="Number">The number as written.</param>
internal readonly record struct ItemAddress(string Partition, string Key, string Number)
{
    /// <summary>The address of <paramref name="item"/>.</summary>
    public static ItemAddress Of(SuggestionItem item) => Of(item.Session, item.Number);

    /// <summary>The address of <paramref name="number"/> in <paramref name="session"/>.</summary>
    public static ItemAddress Of(string session, SuggestionNumber number) =>
        new(KeyEncoder.Encode(session), KeyOf(number), number.Value);

    /// <summary>The encoded key of <paramref name="number"/> alone (the number index is keyed by it).</summary>
    public static string KeyOf(SuggestionNumber number) => KeyEncoder.Encode(number.Value);

    /// <summary>The partition and the key, for code that needs only those.</summary>
    public void Deconstruct(out string partition, out string key) => (partition, key) = (Partition, Key);
}
