using System.Management.Automation;
using SuggestionDesk.Localization;
using SuggestionDesk.PowerShell.Base;
using SuggestionDesk.PowerShell.Localization;

namespace SuggestionDesk.PowerShell.Items;

/// <summary>
/// <para type="synopsis">Removes a suggestion; its history and contacts are kept, with the removal recorded.</para>
/// </summary>
[Cmdlet(VerbsCommon.Remove, "Suggestion", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
public sealed class RemoveSuggestionCommand : ItemCmdlet
{
    /// <inheritdoc />
    protected override void ExecuteCmdlet()
    {
        var number = ParseNumber(Number);
        if (ShouldChange(MessageText.Format(Messages.TargetSuggestion, number), Messages.ActionRemoveSuggestion))
        {
            Run(Service.RemoveAsync(number, Version, Force, ChangeBy(By), Cancellation));
        }
    }
}
