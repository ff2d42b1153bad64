namespace SuggestionDesk.Ports;

/// <summary>The store cannot be reached or refuses the credentials; the message says what to do.</summary>
public sealed class StoreUnavailableException(string message, Exception? inner = null) : InvalidOperationException(message, inner);
