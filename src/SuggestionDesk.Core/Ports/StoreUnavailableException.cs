namespace SuggestionDesk.Ports;

/// <summary>The store cannot be reached or refuses the credentials; the message says what to do.</summary>
public sealed class StoreUnavailableException(string message, Exception? inner = null, int? status = null) : InvalidOperationException(message, inner)
{
    /// <summary>
    /// The HTTP status the service answered with (403 refused the credentials, 429 or 503 busy, another 5xx failed);
    /// null when nothing answered (not listening, a name that did not resolve, a dropped connection).
    /// </summary>
    public int? Status { get; } = status;
}
