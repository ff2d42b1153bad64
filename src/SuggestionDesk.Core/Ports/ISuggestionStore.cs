using SuggestionDesk.Items;

namespace SuggestionDesk.Ports;

/// <summary>
/// Where items, their history and their contacts live. Every write is conditional on the version the caller
/// read, so concurrent edits never silently overwrite each other; an item's change and its history entries
/// are written atomically.
/// </summary>
public interface ISuggestionStore
{
    /// <summary>Adds a new item with its <c>Create</c> history; throws <see cref="DuplicateItemException"/> if the number exists.</summary>
    Task AddAsync(SuggestionItem item, CancellationToken cancellationToken = default);

    /// <summary>
    /// Adds new items as <see cref="AddAsync"/> adds each one, letting the store write several items of one session
    /// together (an import). Each item stands on its own: the result holds, per item in order, null when it was
    /// added or the <see cref="DuplicateItemException"/> that kept it out; other failures are thrown.
    /// </summary>
    Task<IReadOnlyList<DuplicateItemException?>> AddManyAsync(IReadOnlyList<SuggestionItem> items, CancellationToken cancellationToken = default);

    /// <summary>Reads an item by number, or null when there is none.</summary>
    Task<SuggestionItem?> FindAsync(SuggestionNumber number, CancellationToken cancellationToken = default);

    /// <summary>
    /// Reads many items by number, as <see cref="FindAsync"/> reads each one, letting the store read them together
    /// (an import's validation): per number in order, its item or null.
    /// </summary>
    Task<IReadOnlyList<SuggestionItem?>> FindManyAsync(IReadOnlyList<SuggestionNumber> numbers, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes the item's pending changes and history, conditional on <see cref="SuggestionItem.Version"/>.
    /// Throws <see cref="ItemConflictException"/> when someone changed it since it was read, unless
    /// <paramref name="force"/> is set. Pending contacts are appended without a condition: they never conflict.
    /// </summary>
    Task SaveAsync(SuggestionItem item, bool force = false, CancellationToken cancellationToken = default);

    /// <summary>
    /// Removes an item, conditional on its version unless <paramref name="force"/>. Its history and contacts
    /// are kept, with an entry recording the removal.
    /// </summary>
    Task RemoveAsync(SuggestionItem item, ChangeContext by, bool force = false, CancellationToken cancellationToken = default);

    /// <summary>Lists items matching <paramref name="query"/>, all of them however many (paged underneath).</summary>
    IAsyncEnumerable<SuggestionItem> QueryAsync(ItemQuery query, CancellationToken cancellationToken = default);

    /// <summary>The history of the item numbered <paramref name="number"/> in <paramref name="session"/>, oldest first; kept after a removal.</summary>
    IAsyncEnumerable<HistoryEntry> GetHistoryAsync(SuggestionNumber number, string session, CancellationToken cancellationToken = default);

    /// <summary>The contacts with the deputy of the item numbered <paramref name="number"/> in <paramref name="session"/>, in date order; kept after a removal.</summary>
    IAsyncEnumerable<Contact> GetContactsAsync(SuggestionNumber number, string session, CancellationToken cancellationToken = default);

    /// <summary>
    /// The contacts of every item in <paramref name="session"/>, removed items' too, in one read (for the figures):
    /// grouped by item, each item's in date order.
    /// </summary>
    IAsyncEnumerable<ItemContact> GetSessionContactsAsync(string session, CancellationToken cancellationToken = default);

    /// <summary>The sessions that have ever held an item.</summary>
    IAsyncEnumerable<string> GetSessionsAsync(CancellationToken cancellationToken = default);
}
