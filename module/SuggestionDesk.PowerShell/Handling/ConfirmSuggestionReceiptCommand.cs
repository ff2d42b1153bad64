using System.Management.Automation;
using SuggestionDesk.Localization;
using SuggestionDesk.PowerShell.Base;
using SuggestionDesk.PowerShell.Localization;

namespace SuggestionDesk.PowerShell.Handling;

/// <summary>
/// <para type="synopsis">Records that a suggestion was signed for (签收).</para>
/// </summary>
[Cmdlet(VerbsLifecycle.Confirm, "SuggestionReceipt", SupportsShouldProcess = true)]
[OutputType("SuggestionDesk.Items.SuggestionItem")]
public sealed class ConfirmSuggestionReceiptCommand : ItemChangeCmdlet
{
    /// <summary>The day it was signed for; by default today.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [DateTransformation]
    public DateTime? On { get; set; }

    /// <inheritdoc />
    protected override void ExecuteCmdlet() =>
        Change(MessageText.Format(Messages.ActionSignFor, DateOr(On)), (item, by) => item.SignFor(DateOr(On), by));
}
