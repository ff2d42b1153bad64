using SuggestionDesk.Items;

namespace SuggestionDesk.Testing;

/// <summary>
/// The history and contacts of one item (number and session) in <see cref="InMemorySuggestionStore"/>, kept after the
/// item is removed. Read back in the table store's row-key order: history by time, then by its place within one save;
/// contacts by date, then by when they were recorded.
/// </summary>
internal sealed class Trail
{
    private readonly List<(HistoryEntry Entry, int Sequence)> history = [];
    private readonly List<Contact> contacts = [];

    /// <summary>Appends the entries of one save, in order.</summary>
    public void AddHistory(IEnumerable<HistoryEntry> entries) =>
        history.AddRange(entries.Select((entry, sequence) => (entry, sequence)));

    /// <summary>Appends contacts, each with its history entry.</summary>
    public void AddContacts(IEnumerable<PendingContact> pending)
    {
        foreach (var (contact, entry) in pending)
        {
            contacts.Add(contact);
            history.Add((entry, 0));
        }
    }

    /// <summary>The history, oldest first.</summary>
    public IReadOnlyList<HistoryEntry> History() =>
        [.. history
            .OrderBy(h => h.Entry.At.UtcTicks)
            .ThenBy(h => h.Sequence)
            .ThenBy(h => h.Entry.Id.ToString("N"), StringComparer.Ordinal)
            .Select(h => h.Entry)];

    /// <summary>The contacts in date order.</summary>
    public IReadOnlyList<Contact> Contacts() =>
        [.. contacts
            .OrderBy(c => c.Date)
            .ThenBy(c => c.RecordedAt.UtcTicks)
            .ThenBy(c => c.Id.ToString("N"), StringComparer.Ordinal)];
}
