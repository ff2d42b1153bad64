using System.Management.Automation;
using SuggestionDesk.PowerShell.Base;
using SuggestionDesk.PowerShell.Localization;

namespace SuggestionDesk.PowerShell.Handling;

/// <summary>
/// <para type="synopsis">Refuses a pending extension: the computed due date stands.</para>
/// </summary>
[Cmdlet(VerbsLifecycle.Deny, "SuggestionExtension", SupportsShouldProcess = true)]
[OutputType("SuggestionDesk.Items.SuggestionItem")]
public sealed class DenySuggestionExtensionCommand : DecisionCmdlet
{
    /// <inheritdoc />
    protected override void ExecuteCmdlet() =>
        Change(Messages.ActionRefuseExtension, (item, by) => item.DecideExtension(approve: false, Decider(by), DateOr(On), by));
}
