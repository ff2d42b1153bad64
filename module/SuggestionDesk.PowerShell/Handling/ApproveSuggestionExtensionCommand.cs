using System.Management.Automation;
using SuggestionDesk.PowerShell.Base;
using SuggestionDesk.PowerShell.Localization;

namespace SuggestionDesk.PowerShell.Handling;

/// <summary>
/// <para type="synopsis">Approves a pending extension: its date replaces the computed reply due date.</para>
/// </summary>
[Cmdlet(VerbsLifecycle.Approve, "SuggestionExtension", SupportsShouldProcess = true)]
[OutputType("SuggestionDesk.Items.SuggestionItem")]
public sealed class ApproveSuggestionExtensionCommand : DecisionCmdlet
{
    /// <inheritdoc />
    protected override void ExecuteCmdlet() =>
        Change(Messages.ActionApproveExtension, (item, by) => item.DecideExtension(approve: true, Decider(by), DateOr(On), by));
}
