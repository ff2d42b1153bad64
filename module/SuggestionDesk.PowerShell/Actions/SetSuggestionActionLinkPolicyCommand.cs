using System.Management.Automation;
using SuggestionDesk.Actions;
using SuggestionDesk.Localization;
using SuggestionDesk.PowerShell.Base;
using SuggestionDesk.PowerShell.Completion;
using SuggestionDesk.PowerShell.Localization;

namespace SuggestionDesk.PowerShell.Actions;

/// <summary>
/// <para type="synopsis">Turns reminder-link actions on or off (e.g. replies only through the office) and sets how long a link works.</para>
/// </summary>
[Cmdlet(VerbsCommon.Set, "SuggestionActionLinkPolicy", SupportsShouldProcess = true)]
[OutputType(typeof(ActionLinkPolicyView))]
public sealed class SetSuggestionActionLinkPolicyCommand : SuggestionCmdlet
{
    /// <summary>Actions officers may take from a link again: SignFor (签收), LogContact (登记沟通), ReportProgress (报告进展), RequestExtension (申请延期), RequestReturn (申请退回), Reply (提交答复).</summary>
    [Parameter]
    [EnumWords(typeof(ItemAction))]
    [ArgumentCompleter(typeof(EnumWordsCompleter<ItemAction>))]
    public string[]? Enable { get; set; }

    /// <summary>Actions done only through the office from now on: no link is issued for them, and links already sent for them no longer act.</summary>
    [Parameter]
    [EnumWords(typeof(ItemAction))]
    [ArgumentCompleter(typeof(EnumWordsCompleter<ItemAction>))]
    public string[]? Disable { get; set; }

    /// <summary>How many days a link issued from now on works (1 to 90; 14 by default).</summary>
    [Parameter]
    [ValidateRange(1, ActionLinkPolicy.MaxLifetimeDays)]
    public int? LifetimeDays { get; set; }

    /// <summary>Returns the policy as stored.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc />
    protected override void ExecuteCmdlet()
    {
        var enable = Enable?.Select(EnumWordsAttribute.Parse<ItemAction>).ToHashSet() ?? [];
        var disable = Disable?.Select(EnumWordsAttribute.Parse<ItemAction>).ToHashSet() ?? [];
        if (enable.Intersect(disable).ToArray() is { Length: > 0 } both)
        {
            throw new ArgumentException(MessageText.Format(Messages.LinkActionBothWays, string.Join("', '", both)));
        }

        var store = CurrentConnection.Storage.ActionLinkPolicies;
        var current = Run(store.GetAsync(Cancellation));
        var policy = current with
        {
            Disabled = Enum.GetValues<ItemAction>().Where(a => disable.Contains(a) || (current.Disabled.Contains(a) && !enable.Contains(a))).ToArray(),
            LifetimeDays = LifetimeDays ?? current.LifetimeDays,
        };
        policy.Validated();
        var enabled = MessageText.Current == SuggestionDesk.Items.Language.Chinese
            ? policy.Enabled.Select(a => a.ChineseName())
            : policy.Enabled.Select(a => $"{a} ({a.ChineseName()})");
        var change = MessageText.Format(Messages.ActionLinkPolicy, string.Join(Messages.WordList, enabled), policy.LifetimeDays);
        if (!ShouldChange(Messages.TargetLinkPolicy, change))
        {
            return;
        }

        Run(store.SaveAsync(policy, Cancellation));
        if (PassThru)
        {
            WriteObject(new ActionLinkPolicyView(policy));
        }
    }
}
