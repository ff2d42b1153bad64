using System.Management.Automation;
using SuggestionDesk.PowerShell.Base;

namespace SuggestionDesk.PowerShell.Handling;

/// <summary>
/// <para type="synopsis">Approves a pending extension: its date replaces the computed reply due date.</para>
/// </summary>
[Cmdlet(VerbsLifecycle.Approve, "SuggestionExtension", SupportsShouldProcess = true)]
[OutputType("SuggestionDesk.Items.SuggestionItem")]
public sealed class ApproveSuggestionExtensionCommand : ItemChangeCmdlet
{
    /// <summary>Who approves it, by name (recorded in the history and the explanation of the due date).</summary>
    [Parameter(Mandatory = true)]
    [Alias("Approver")]
    public string DecidedBy { get; set; } = string.Empty;

    /// <summary>The day of the approval; by default today.</summary>
    [Parameter]
    [DateTransformation]
    public DateTime? On { get; set; }

    /// <inheritdoc />
    protected override void ExecuteCmdlet() =>
        Change("Approve the extension", (item, by) => item.DecideExtension(approve: true, DecidedBy, DateOr(On), by));
}
