using System.Management.Automation;
using SuggestionDesk.Items;
using SuggestionDesk.PowerShell.Base;

namespace SuggestionDesk.PowerShell.Handling;

/// <summary>
/// <para type="synopsis">Gets the contacts with the deputy recorded for a suggestion, in date order (also of a removed suggestion, with -Session).</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "SuggestionContact")]
[OutputType("SuggestionDesk.Items.Contact")]
public sealed class GetSuggestionContactCommand : ItemRecordsCmdlet
{
    /// <inheritdoc />
    protected override void ExecuteCmdlet()
    {
        var (number, session) = Locate();
        foreach (var contact in CurrentConnection.Storage.Items.GetContactsAsync(number, session, Cancellation).ToBlockingEnumerable(Cancellation))
        {
            var output = PSObject.AsPSObject(contact);
            output.Properties.Add(new PSNoteProperty("Number", number.Value));
            output.Properties.Add(new PSNoteProperty("PhaseChinese", contact.Phase.ChineseName()));
            WriteObject(output);
        }
    }
}
