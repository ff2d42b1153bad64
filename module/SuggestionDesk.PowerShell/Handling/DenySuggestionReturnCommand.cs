using System.Management.Automation;
using SuggestionDesk.PowerShell.Base;

namespace SuggestionDesk.PowerShell.Handling;

/// <summary>
/// <para type="synopsis">Refuses a pending return request: the office keeps handling the suggestion.</para>
/// </summary>
[Cmdlet(VerbsLifecycle.Deny, "SuggestionReturn", SupportsShouldProcess = true)]
[OutputType("SuggestionDesk.Items.SuggestionItem")]
public sealed class DenySuggestionReturnCommand : ItemChangeCmdlet
{
    /// <summary>Who decided.</summary>
    [Parameter(Mandatory = true)]
    public string DecidedBy { get; set; } = string.Empty;

    /// <summary>The day of the decision; by default today.</summary>
    [Parameter]
    [DateTransformation]
    public DateTime? On { get; set; }

    /// <inheritdoc />
    protected override void ExecuteCmdlet() =>
        Change("Refuse the return", (item, by) => item.DecideReturn(approve: false, DateOr(On), DecidedBy, by));
}
