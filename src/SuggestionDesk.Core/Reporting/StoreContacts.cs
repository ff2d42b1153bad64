using SuggestionDesk.Items;
using SuggestionDesk.Ports;

namespace SuggestionDesk.Reporting;

/// <summary>Reading the contacts of many items from a store at once, for the figures (one read per session).</summary>
public static class StoreContacts
{
    /// <summary>The contacts of <paramref name="items"/>, read session by session; other items' contacts are left out.</summary>
    public static async Task<ItemContacts> ReadContactsAsync(
        this ISuggestionStore store, IEnumerable<SuggestionItem> items, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(items);
        var wanted = items.Select(i => (i.Session, i.Number.Value)).ToHashSet();
        var found = new List<ItemContact>();
        foreach (var session in wanted.Select(w => w.Session).Distinct(StringComparer.Ordinal))
        {
            await foreach (var contact in store.GetSessionContactsAsync(session, cancellationToken).ConfigureAwait(false))
            {
                if (wanted.Contains((contact.Session, contact.Number.Value)))
                {
                    found.Add(contact);
                }
            }
        }

        return new ItemContacts(found);
    }
}
