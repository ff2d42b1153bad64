using System.Management.Automation;
using SuggestionDesk.Actions;
using SuggestionDesk.Localization;
using SuggestionDesk.PowerShell.Base;
using SuggestionDesk.PowerShell.Completion;
using SuggestionDesk.PowerShell.Localization;

namespace SuggestionDesk.PowerShell.Actions;

/// <summary>
/// <para type="synopsis">Ends the live links of a suggestion, so that they no longer act: all of them, or those for some actions, one recipient, or one link.</para>
/// </summary>
[Cmdlet("Revoke", "SuggestionActionLink", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(ActionLinkView))]
public sealed class RevokeSuggestionActionLinkCommand : SuggestionCmdlet
{
    /// <summary>The item's number.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(NumberCompleter))]
    [ValidateNotNullOrEmpty]
    public string Number { get; set; } = string.Empty;

    /// <summary>Only the links for these actions: SignFor (签收), LogContact (登记沟通), ReportProgress (报告进展), RequestExtension (申请延期), RequestReturn (申请退回), Reply (提交答复).</summary>
    [Parameter]
    [EnumWords(typeof(ItemAction))]
    [ArgumentCompleter(typeof(EnumWordsCompleter<ItemAction>))]
    public string[]? Action { get; set; }

    /// <summary>Only the links sent to this address.</summary>
    [Parameter]
    public string? Recipient { get; set; }

    /// <summary>Only the link with this id (the start of its hash, as Get-SuggestionActionLink shows it).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidatePattern("^[0-9a-f]{8,64}$")]
    public string? Id { get; set; }

    /// <summary>Who revokes them, for the record; by default the signed-in user.</summary>
    [Parameter]
    public string? By { get; set; }

    /// <summary>Returns the links revoked.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc />
    protected override object? ErrorTarget => Number;

    /// <inheritdoc />
    protected override void ExecuteCmdlet()
    {
        var number = ParseNumber(Number);
        var actions = Action?.Select(EnumWordsAttribute.Parse<ItemAction>).ToHashSet();
        var which = string.Join(Messages.RevokeJoin, new[]
        {
            actions is null ? null : MessageText.Format(Messages.RevokeFor, string.Join("/", actions.Select(a => ItemActionNames.Words.Shown(a)))),
            Recipient is null ? null : MessageText.Format(Messages.RevokeSentTo, Recipient),
            Id is null ? null : MessageText.Format(Messages.RevokeWithId, Id),
        }.OfType<string>());
        var action = which.Length > 0 ? MessageText.Format(Messages.ActionRevokeLinksOf, which) : Messages.ActionRevokeLinks;
        if (!ShouldChange(MessageText.Format(Messages.TargetSuggestion, number), action))
        {
            return;
        }

        var service = Services.ActionLinks(Cancellation);
        var revoked = Run(service.RevokeAsync(number, link =>
            (actions is null || actions.Contains(link.Action))
            && (Recipient is null || string.Equals(link.Recipient, Recipient.Trim(), StringComparison.OrdinalIgnoreCase))
            && (Id is null || link.Id.StartsWith(Id, StringComparison.Ordinal)), ChangeBy(By).Actor, Cancellation));
        WriteVerbose(MessageText.Format(Messages.VerboseRevoked, revoked.Count, number));
        if (PassThru)
        {
            var now = TimeProvider.System.GetUtcNow();
            WriteObject(revoked.Select(l => new ActionLinkView(l, now)), enumerateCollection: true);
        }
    }
}
