using SuggestionDesk.Items;

namespace SuggestionDesk.Ports;

/// <summary>The item was changed or removed by someone else since it was read.</summary>
public sealed class ItemConflictException(SuggestionNumber number, string message, Exception? inner = null)
    : InvalidOperationException(message, inner)
{
    /// <summary>The item in conflict.</summary>
    public SuggestionNumber Number { get; } = number;
}

/// <summary>An item with this number already exists.</summary>
public sealed class DuplicateItemException(SuggestionNumber number, string message, Exception? inner = null)
    : InvalidOperationException(message, inner)
{
    /// <summary>The number that exists already.</summary>
    public SuggestionNumber Number { get; } = number;
}

/// <summary>No item has this number.</summary>
public sealed class SuggestionNotFoundException(SuggestionNumber number, string message)
    : KeyNotFoundException(message)
{
    /// <summary>The number looked for.</summary>
    public SuggestionNumber Number { get; } = number;
}

/// <summary>A setting (such as the deadline policy) was changed by someone else since it was read.</summary>
public sealed class PolicyConflictException(string setting, string message, Exception? inner = null)
    : InvalidOperationException(message, inner)
{
    /// <summary>The setting in conflict, e.g. "deadline policy".</summary>
    public string Setting { get; } = setting;
}

/// <summary>
/// No item is in the session named: most likely a misspelt name, refused before a report or a summary of nothing is
/// made. An <see cref="ArgumentException"/>, as the name was given by the caller.
/// </summary>
public sealed class SessionNotFoundException(string session, IReadOnlyList<string> knownSessions, string? suggested, string message)
    : ArgumentException(message)
{
    /// <summary>The session asked for, as given.</summary>
    public string Session { get; } = session;

    /// <summary>The sessions the store holds.</summary>
    public IReadOnlyList<string> KnownSessions { get; } = knownSessions;

    /// <summary>The stored session that differs from <see cref="Session"/> only in spacing, width or the way a number is written; null when none does.</summary>
    public string? Suggested { get; } = suggested;
}
