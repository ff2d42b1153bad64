using SuggestionDesk.Items;

namespace SuggestionDesk.Actions;

/// <summary>Why a link did not show its form or did not act; the page says which, and nothing was changed.</summary>
public enum ActionRefusal
{
    /// <summary>The link is not whole: cut short or altered on its way.</summary>
    Damaged,

    /// <summary>No such link was issued (or the office's records no longer hold it).</summary>
    Unknown,

    /// <summary>The link was used already: each works once.</summary>
    Used,

    /// <summary>The link is past its expiry.</summary>
    Expired,

    /// <summary>The office ended the link.</summary>
    Revoked,

    /// <summary>The office requires sign-in and nobody is signed in.</summary>
    SignInRequired,

    /// <summary>The signed-in user is neither the link's recipient nor the department's head.</summary>
    WrongUser,

    /// <summary>The office turned this action off: it is done through the office.</summary>
    TurnedOff,

    /// <summary>The item is no longer in the office's records.</summary>
    ItemGone,

    /// <summary>The item changed since the page was shown: reload it and try again.</summary>
    Stale,

    /// <summary>The item does not allow the action now (<see cref="ActionResult.Block"/> says why).</summary>
    NotOpen,

    /// <summary>What was filled in was refused (<see cref="ActionResult.Detail"/> says what): correct it and send again.</summary>
    Invalid,
}

/// <summary>
/// What opening or using a link came to: the link and the item as they are now, and either nothing in the way (the
/// form may be shown; the change was made) or the refusal.
/// </summary>
public sealed record ActionResult
{
    /// <summary>Why not; null when the link showed its form or acted.</summary>
    public ActionRefusal? Refusal { get; init; }

    /// <summary>The link, when it was found.</summary>
    public ActionLink? Link { get; init; }

    /// <summary>The item as it is now, when the link was found and the item exists.</summary>
    public SuggestionItem? Item { get; init; }

    /// <summary>For <see cref="ActionRefusal.NotOpen"/>: why the item does not allow the action.</summary>
    public ActionBlock? Block { get; init; }

    /// <summary>For <see cref="ActionRefusal.Invalid"/>: the rule's own words (in English), naming the value.</summary>
    public string? Detail { get; init; }

    /// <summary>Whether nothing stood in the way.</summary>
    public bool Succeeded => Refusal is null;

    /// <summary>A refusal.</summary>
    public static ActionResult Refused(ActionRefusal refusal, ActionLink? link = null, SuggestionItem? item = null) =>
        new() { Refusal = refusal, Link = link, Item = item };
}
