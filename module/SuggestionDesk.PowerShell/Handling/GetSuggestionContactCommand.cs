using System.Management.Automation;
using SuggestionDesk.PowerShell.Base;
using SuggestionDesk.PowerShell.Completion;

namespace SuggestionDesk.PowerShell.Handling;

/// <summary>
/// <para type="synopsis">Gets the contacts with the deputy recorded for a suggestion, in date order (also of a removed suggestion, with -Session).</para>
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

    /// <summary>The item's session; needed only for a removed item, whose contacts are kept.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(SessionCompleter))]
    public string? Session { get; set; }

    /// <inheritdoc />
    protected override object? ErrorTarget => Number;

    /// <inheritdoc />
    protected override void ExecuteCmdlet()
    {
        var number = ParseNumber(Number);
        var session = Session ?? Run(Service.GetAsync(number, Cancellation)).Session;
        foreach (var contact in CurrentConnection.Storage.Items.GetContactsAsync(number, session, Cancellation).ToBlockingEnumerable(Cancellation))
        {
            var output = PSObject.AsPSObject(contact);
            output.Properties.Add(new PSNoteProperty("Number", number.Value));
            WriteObject(output);
        }
    }
}
