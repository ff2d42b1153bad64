using System.Management.Automation;
using SuggestionDesk.PowerShell.Base;
using SuggestionDesk.PowerShell.Completion;

namespace SuggestionDesk.PowerShell.Handling;

/// <summary>
/// <para type="synopsis">Gets the contacts with the deputy recorded for a suggestion, in date order.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "SuggestionContact")]
[OutputType("SuggestionDesk.Items.Contact")]
public sealed class GetSuggestionContactCommand : SuggestionCmdlet
{
    /// <summary>The item's number.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(NumberCompleter))]
    [ValidateNotNullOrEmpty]
    public string Number { get; set; } = string.Empty;

    /// <inheritdoc />
    protected override void ExecuteCmdlet()
    {
        var item = Run(Service.GetAsync(ParseNumber(Number), Cancellation));
        foreach (var contact in CurrentConnection.Storage.Items.GetContactsAsync(item, Cancellation).ToBlockingEnumerable(Cancellation))
        {
            var output = PSObject.AsPSObject(contact);
            output.Properties.Add(new PSNoteProperty("Number", item.Number.Value));
            WriteObject(output);
        }
    }
}
