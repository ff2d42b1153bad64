using SuggestionDesk.Items;

namespace SuggestionDesk.Actions;

/// <summary>Where a link stands.</summary>
public enum ActionLinkState
{
    /// <summary>Usable: not used, not revoked, not expired.</summary>
    Live,

    /// <summary>Used once; it works no more.</summary>
    Used,

    /// <summary>Past its expiry.</summary>
    Expired,

    /// <summary>Ended by the office.</summary>
    Revoked,
}

/// <summary>Names of the link states for people.</summary>
public static class ActionLinkStateNames
{
    /// <summary>The words for each state.</summary>
    public static EnumWords<ActionLinkState> Words { get; } = new(
        "link state",
        (ActionLinkState.Live, ["有效"], []),
        (ActionLinkState.Used, ["已使用"], []),
        (ActionLinkState.Expired, ["已过期"], []),
        (ActionLinkState.Revoked, ["已撤销"], []));

    /// <summary>The Chinese name, e.g. 已使用.</summary>
    public static string ChineseName(this ActionLinkState state) => Words.ChineseName(state);
}

/// <summary>
/// One link as the office keeps it: the hash of its token (never the token), the item and action it is for, who it
/// was sent to and until when it works, and whether it was used or revoked.
/// </summary>
public sealed record ActionLink
{
    /// <summary>The token's hash (<see cref="ActionToken.Hash"/>), which identifies the link.</summary>
    public required string Id { get; init; }

    /// <summary>The item's number.</summary>
    public required SuggestionNumber Number { get; init; }

    /// <summary>The item's session.</summary>
    public required string Session { get; init; }

    /// <summary>What the link does.</summary>
    public required ItemAction Action { get; init; }

    /// <summary>The address the reminder carrying it went to.</summary>
    public required string Recipient { get; init; }

    /// <summary>When it was issued.</summary>
    public required DateTimeOffset IssuedAt { get; init; }

    /// <summary>When it stops working.</summary>
    public required DateTimeOffset ExpiresAt { get; init; }

    /// <summary>When it was used, if it was.</summary>
    public DateTimeOffset? UsedAt { get; init; }

    /// <summary>Who used it (the recipient, or the signed-in user).</summary>
    public string? UsedBy { get; init; }

    /// <summary>When the office revoked it, if it did.</summary>
    public DateTimeOffset? RevokedAt { get; init; }

    /// <summary>Who revoked it.</summary>
    public string? RevokedBy { get; init; }

    /// <summary>The store's version of the link as read (an ETag); null for a link not yet stored.</summary>
    public string? Version { get; init; }

    /// <summary>Where it stands at <paramref name="now"/>: revoked and used win over expired, as they happened first.</summary>
    public ActionLinkState StateAt(DateTimeOffset now) =>
        RevokedAt is not null ? ActionLinkState.Revoked
        : UsedAt is not null ? ActionLinkState.Used
        : now >= ExpiresAt ? ActionLinkState.Expired
        : ActionLinkState.Live;
}
