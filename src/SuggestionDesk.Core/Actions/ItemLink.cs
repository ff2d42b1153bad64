using SuggestionDesk.Items;

namespace SuggestionDesk.Actions;

/// <summary>One link as a reminder carries it: the item, what it does and its address (which holds the token).</summary>
/// <param name="Number">The item's number.</param>
/// <param name="Action">What it does.</param>
/// <param name="Url">Its address.</param>
public sealed record ItemLink(SuggestionNumber Number, ItemAction Action, Uri Url);
