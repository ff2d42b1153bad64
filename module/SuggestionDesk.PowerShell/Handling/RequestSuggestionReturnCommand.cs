using System.Management.Automation;
using SuggestionDesk.PowerShell.Base;
using SuggestionDesk.PowerShell.Localization;

namespace SuggestionDesk.PowerShell.Handling;

/// <summary>
/// <para type="synopsis">Asks to return a wrongly assigned suggestion (退回), within the return window.</para>
/// </summary>
[Cmdlet(VerbsLifecycle.Request, "SuggestionReturn", SupportsShouldProcess = true)]
[OutputType("SuggestionDesk.Items.SuggestionItem")]
public sealed class RequestSuggestionReturnCommand : ItemChangeCmdlet
{
    /// <summary>Why the assignment is wrong and to whom it belongs.</summary>
    [Parameter(Mandatory = true)]
    public string Reason { get; set; } = string.Empty;

    /// <summary>The day it is asked for; by default today.</summary>
    [Parameter]
    [DateTransformation]
    public DateTime? On { get; set; }

    /// <inheritdoc />
    protected override void ExecuteCmdlet() =>
        Change(Messages.ActionRequestReturn, (service, number, by) => service.RequestReturnAsync(number, DateOr(On), Reason, by, Version, Force, Cancellation));
}
