using SuggestionDesk.Items;

namespace SuggestionDesk.Ports;

/// <summary>A contact with the deputy and the item it belongs to, as a read of a whole session returns it.</summary>
/// <param name="Session">The item's session.</param>
/// <param name="Number">The item's number.</param>
/// <param name="Contact">The contact.</param>
public sealed record ItemContact(string Session, SuggestionNumber Number, Contact Contact);
