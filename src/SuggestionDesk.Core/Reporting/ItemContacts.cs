using SuggestionDesk.Items;
using SuggestionDesk.Ports;

namespace SuggestionDesk.Reporting;

/// <summary>
/// The contacts with deputies of the items a summary counts, looked up by item (session and number, so a removed
/// item's contacts never count for a later item under the same number in another session).
/// </summary>
public sealed class ItemContacts
{
    private readonly Dictionary<(string Session, string Number), Contact[]> byItem;

    /// <summary>Groups <paramref name="contacts"/> by item, each item's in date order.</summary>
    public ItemContacts(IEnumerable<ItemContact> contacts)
    {
        ArgumentNullException.ThrowIfNull(contacts);
        byItem = contacts
            .GroupBy(c => (c.Session, c.Number.Value))
            .ToDictionary(g => g.Key, g => g.Select(c => c.Contact).OrderBy(c => c.Date).ToArray());
    }

    /// <summary>No contacts at all.</summary>
    public static ItemContacts None { get; } = new([]);

    /// <summary>How many contacts there are, of every item.</summary>
    public int Count => byItem.Values.Sum(c => c.Length);

    /// <summary>The contacts of <paramref name="item"/>, in date order; empty when none is recorded.</summary>
    public IReadOnlyList<Contact> Of(SuggestionItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return byItem.TryGetValue((item.Session, item.Number.Value), out var contacts) ? contacts : [];
    }
}
