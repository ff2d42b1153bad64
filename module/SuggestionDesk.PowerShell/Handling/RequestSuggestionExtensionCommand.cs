using System.Management.Automation;
using SuggestionDesk.Localization;
using SuggestionDesk.PowerShell.Base;
using SuggestionDesk.PowerShell.Localization;

namespace SuggestionDesk.PowerShell.Handling;

/// <summary>
/// <para type="synopsis">Asks for more time to reply (延期), up to the policy's limit (6 months after assignment).</para>
/// </summary>
[Cmdlet(VerbsLifecycle.Request, "SuggestionExtension", SupportsShouldProcess = true)]
[OutputType("SuggestionDesk.Items.SuggestionItem")]
public sealed class RequestSuggestionExtensionCommand : ItemChangeCmdlet
{
    /// <summary>The due date asked for.</summary>
    [Parameter(Mandatory = true)]
    [DateTransformation]
    public DateTime NewDueDate { get; set; }

    /// <summary>Why more time is needed.</summary>
    [Parameter(Mandatory = true)]
    public string Reason { get; set; } = string.Empty;

    /// <summary>The day it is asked for; by default today.</summary>
    [Parameter]
    [DateTransformation]
    public DateTime? On { get; set; }

    /// <inheritdoc />
    protected override void ExecuteCmdlet() =>
        Change(MessageText.Format(Messages.ActionRequestExtension, NewDueDate), (service, number, by) =>
            service.RequestExtensionAsync(number, DateOnly.FromDateTime(NewDueDate), Reason, DateOr(On), by, Version, Force, Cancellation));
}
