using System.Management.Automation;
using SuggestionDesk.PowerShell.Base;
using SuggestionDesk.PowerShell.Localization;

namespace SuggestionDesk.PowerShell.Handling;

/// <summary>
/// <para type="synopsis">Refuses a pending return request: the office keeps handling the suggestion.</para>
/// </summary>
[Cmdlet(VerbsLifecycle.Deny, "SuggestionReturn", SupportsShouldProcess = true)]
[OutputType("SuggestionDesk.Items.SuggestionItem")]
public sealed class DenySuggestionReturnCommand : DecisionCmdlet
{
    /// <inheritdoc />
    protected override void ExecuteCmdlet() =>
        Change(Messages.ActionRefuseReturn, (item, by) => item.DecideReturn(approve: false, DateOr(On), Decider(by), by));
}
