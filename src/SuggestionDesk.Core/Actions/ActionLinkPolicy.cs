using SuggestionDesk.Localization;

namespace SuggestionDesk.Actions;

/// <summary>
/// The office's setting for reminder links: which actions officers may take from a link (every one unless turned off,
/// e.g. replies only through the office) and how long a link works. Kept with the data, like the reminder policy.
/// </summary>
public sealed record ActionLinkPolicy
{
    /// <summary>The longest a link may work: 90 days.</summary>
    public const int MaxLifetimeDays = 90;

    /// <summary>Every action on; links work for 14 days.</summary>
    public static ActionLinkPolicy Default { get; } = new();

    /// <summary>The actions turned off: no link is issued for them and a link issued before does not act.</summary>
    public IReadOnlyList<ItemAction> Disabled { get; init; } = [];

    /// <summary>How many days a link works after it is issued.</summary>
    public int LifetimeDays { get; init; } = 14;

    /// <summary>Whether officers may take <paramref name="action"/> from a link.</summary>
    public bool Allows(ItemAction action) => !Disabled.Contains(action);

    /// <summary>The actions on, in their order.</summary>
    public IReadOnlyList<ItemAction> Enabled => Enum.GetValues<ItemAction>().Where(Allows).ToArray();

    /// <summary>Throws, naming the value and what is expected, when the policy cannot work as written.</summary>
    public ActionLinkPolicy Validated()
    {
        if (LifetimeDays is < 1 or > MaxLifetimeDays)
        {
            throw new ArgumentException(MessageText.Format(Messages.ActionLinkLifetimeInvalid, LifetimeDays, MaxLifetimeDays));
        }

        return this;
    }
}
