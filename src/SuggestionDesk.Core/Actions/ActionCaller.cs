namespace SuggestionDesk.Actions;

/// <summary>
/// Who opens a link, as far as the host knows: nobody in particular (sign-in not used), or the signed-in user's
/// addresses (an Entra ID account may carry its sign-in name and a mail address that differ).
/// </summary>
/// <param name="Addresses">The signed-in user's addresses; empty when nobody is signed in.</param>
public sealed record ActionCaller(IReadOnlyList<string> Addresses)
{
    /// <summary>Nobody signed in: the link's token is all there is to go by.</summary>
    public static ActionCaller Anonymous { get; } = new([]);

    /// <summary>Whether someone is signed in.</summary>
    public bool IsSignedIn => Addresses.Count > 0;

    /// <summary>The first of the caller's addresses that is one of <paramref name="allowed"/>, or null.</summary>
    public string? Matching(params string?[] allowed) =>
        Addresses.FirstOrDefault(a => allowed.Any(x => x is not null && string.Equals(x.Trim(), a.Trim(), StringComparison.OrdinalIgnoreCase)));
}
