using System.Management.Automation;
using SuggestionDesk.Localization;
using SuggestionDesk.PowerShell.Base;
using SuggestionDesk.PowerShell.Completion;
using SuggestionDesk.PowerShell.Localization;

namespace SuggestionDesk.PowerShell.Points;

/// <summary>
/// <para type="synopsis">Removes a point (要点) and its measures from a suggestion; the points after it move up one number. The history keeps what was removed.</para>
/// </summary>
[Cmdlet(VerbsCommon.Remove, "SuggestionPoint", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType("SuggestionDesk.Items.SuggestionItem")]
public sealed class RemoveSuggestionPointCommand : ItemChangeCmdlet
{
    /// <summary>The number of the point to remove.</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(PointIndexCompleter))]
    [ValidateRange(1, int.MaxValue)]
    public int Index { get; set; }

    /// <inheritdoc />
    protected override void ExecuteCmdlet() => Change(MessageText.Format(Messages.ActionRemovePoint, Index), (item, by) => item.RemovePoint(Index, by));
}
