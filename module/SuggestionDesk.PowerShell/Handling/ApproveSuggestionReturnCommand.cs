using System.Management.Automation;
using SuggestionDesk.PowerShell.Base;
using SuggestionDesk.PowerShell.Localization;

namespace SuggestionDesk.PowerShell.Handling;

/// <summary>
/// <para type="synopsis">Approves a pending return request: nothing more is due from the office.</para>
/// </summary>
[Cmdlet(VerbsLifecycle.Approve, "SuggestionReturn", SupportsShouldProcess = true)]
[OutputType("SuggestionDesk.Items.SuggestionItem")]
public sealed class ApproveSuggestionReturnCommand : DecisionCmdlet
{
    /// <inheritdoc />
    protected override void ExecuteCmdlet() =>
        Change(Messages.ActionApproveReturn, (item, by) => item.DecideReturn(approve: true, DateOr(On), Decider(by), by));
}
