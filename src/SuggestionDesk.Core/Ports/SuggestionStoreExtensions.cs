using SuggestionDesk.Items;

namespace SuggestionDesk.Ports;

/// <summary>Conveniences over <see cref="ISuggestionStore"/> for an item in hand.</summary>
public static class SuggestionStoreExtensions
{
    /// <summary>The history of <paramref name="item"/>, oldest first.</summary>
    public static IAsyncEnumerable<HistoryEntry> GetHistoryAsync(this ISuggestionStore store, SuggestionItem item, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(item);
        return store.GetHistoryAsync(item.Number, item.Session, cancellationToken);
    }

    /// <summary>The contacts of <paramref name="item"/>, in date order.</summary>
    public static IAsyncEnumerable<Contact> GetContactsAsync(this ISuggestionStore store, SuggestionItem item, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(item);
        return store.GetContactsAsync(item.Number, item.Session, cancellationToken);
    }
}
