using System.Management.Automation;
using SuggestionDesk.PowerShell.Base;

namespace SuggestionDesk.PowerShell.Handling;

/// <summary>
/// <para type="synopsis">Refuses a pending extension: the computed due date stands.</para>
/// </summary>
[Cmdlet(VerbsLifecycle.Deny, "SuggestionExtension", SupportsShouldProcess = true)]
[OutputType("SuggestionDesk.Items.SuggestionItem")]
public sealed class DenySuggestionExtensionCommand : ItemChangeCmdlet
{
    /// <summary>Who refuses it, by name.</summary>
    [Parameter(Mandatory = true)]
    [Alias("Approver")]
    public string DecidedBy { get; set; } = string.Empty;

    /// <summary>The day of the decision; by default today.</summary>
    [Parameter]
    [DateTransformation]
    public DateTime? On { get; set; }

    /// <inheritdoc />
    protected override void ExecuteCmdlet() =>
        Change("Refuse the extension", (item, by) => item.DecideExtension(approve: false, DecidedBy, DateOr(On), by));
}
