using SuggestionDesk.Actions;

namespace SuggestionDesk.PowerShell.Actions;

/// <summary>The office's setting for reminder links, as Get-/Set-SuggestionActionLinkPolicy show it.</summary>
public sealed class ActionLinkPolicyView
{
    internal ActionLinkPolicyView(ActionLinkPolicy policy)
    {
        Enabled = policy.Enabled.Select(a => a.ToString()).ToArray();
        EnabledNames = policy.Enabled.Select(a => a.ChineseName()).ToArray();
        Disabled = policy.Disabled.Select(a => a.ToString()).ToArray();
        LifetimeDays = policy.LifetimeDays;
    }

    /// <summary>The actions officers may take from a link.</summary>
    public IReadOnlyList<string> Enabled { get; }

    /// <summary>The same in Chinese, e.g. 签收.</summary>
    public IReadOnlyList<string> EnabledNames { get; }

    /// <summary>The actions done only through the office.</summary>
    public IReadOnlyList<string> Disabled { get; }

    /// <summary>How many days a link works after it is issued.</summary>
    public int LifetimeDays { get; }
}
