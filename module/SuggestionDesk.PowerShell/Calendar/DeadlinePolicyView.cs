using SuggestionDesk.PowerShell.Views;
using System.Management.Automation;
using SuggestionDesk.Calendar;
using SuggestionDesk.Ports;

namespace SuggestionDesk.PowerShell.Calendar;

/// <summary>The deadline policy as <c>Get-SuggestionDeadlinePolicy</c> and <c>Set-SuggestionDeadlinePolicy</c> show it.</summary>
public sealed class DeadlinePolicyView
{
    internal DeadlinePolicyView(StoredDeadlinePolicy stored)
    {
        Rules = stored.Policy.Entries;
        ExtensionLimit = stored.Policy.ExtensionLimit;
        FollowUpDefault = stored.Policy.Entries.Single(e => e.Clock == DeadlineClock.FollowUp && e.IsGeneral).Rule;
        Version = stored.Version;
        IsDefault = stored.Policy.SameAs(DeadlinePolicy.Default);
    }

    /// <summary>Each clock's general rule, then those for a kind and/or role (the most specific one applies).</summary>
    public IReadOnlyList<PolicyEntry> Rules { get; }

    /// <summary>How far after the assignment an extended reply may be due at the latest.</summary>
    public DeadlineRule ExtensionLimit { get; }

    /// <summary>When a class B reply that promised no date is followed up by (the follow-up clock's general rule).</summary>
    public DeadlineRule FollowUpDefault { get; }

    /// <summary>The version read (the storage ETag); a change naming another version is refused. Empty while none is stored.</summary>
    public string? Version { get; }

    /// <summary>Whether the rules are the defaults of docs/domain.md.</summary>
    public bool IsDefault { get; }

    /// <summary>Each rule on one line, Chinese first: 答复（提案）：5个月  reply (Proposal): 5 months.</summary>
    public string RulesText => string.Join(Environment.NewLine, Rules.Select(r => $"{r.ToChinese()}  {r}"));

    /// <summary>The rules, one a line, in the UI culture's language (the list's line).</summary>
    [Hidden]
    public string RulesShown => string.Join(Environment.NewLine, Rules.Select(r => InLanguage.Pick(r.ToString(), r.ToChinese())));

    /// <summary>The default follow-up rule in the UI culture's language (the list's line).</summary>
    [Hidden]
    public string FollowUpDefaultShown => InLanguage.Pick(FollowUpDefault.ToString(), FollowUpDefault.ToChinese())!;

    /// <summary>The extension limit in the UI culture's language (the list's line).</summary>
    [Hidden]
    public string ExtensionLimitShown => InLanguage.Pick(ExtensionLimit.ToString(), ExtensionLimit.ToChinese())!;

    /// <summary>Whether it is the default policy, 是 or 否, Yes or No (the list's line).</summary>
    [Hidden]
    public string IsDefaultShown => InLanguage.YesNo(IsDefault);
}
