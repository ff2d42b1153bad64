using System.Management.Automation;
using SuggestionDesk.PowerShell.Base;

namespace SuggestionDesk.PowerShell.Actions;

/// <summary>
/// <para type="synopsis">Gets the office's setting for reminder links: which actions officers may take from a link, and how long a link works.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "SuggestionActionLinkPolicy")]
[OutputType(typeof(ActionLinkPolicyView))]
public sealed class GetSuggestionActionLinkPolicyCommand : SuggestionCmdlet
{
    /// <inheritdoc />
    protected override void ExecuteCmdlet() => WriteObject(new ActionLinkPolicyView(Run(CurrentConnection.Storage.ActionLinkPolicies.GetAsync(Cancellation))));
}
