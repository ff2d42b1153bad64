namespace SuggestionDesk.Items;

/// <summary>A contact recorded but not yet stored, with the history entry that records it.</summary>
/// <param name="Contact">The contact.</param>
/// <param name="Entry">Its history entry.</param>
public sealed record PendingContact(Contact Contact, HistoryEntry Entry);
