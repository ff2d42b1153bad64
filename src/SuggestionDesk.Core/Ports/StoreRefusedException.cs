namespace SuggestionDesk.Ports;

/// <summary>
/// The store answered but refused a request because of a value in it (a query value too long for a request, for
/// example); the message names the value, cut to a readable length, and what to do.
/// </summary>
public sealed class StoreRefusedException(string message, Exception? inner = null) : InvalidOperationException(message, inner);
