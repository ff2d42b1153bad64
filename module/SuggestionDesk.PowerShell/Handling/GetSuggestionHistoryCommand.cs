using System.Management.Automation;
using SuggestionDesk.Items;
using SuggestionDesk.Localization;
using SuggestionDesk.PowerShell.Base;
using SuggestionDesk.PowerShell.Localization;

namespace SuggestionDesk.PowerShell.Handling;

/// <summary>
/// <para type="synopsis">Gets a suggestion's history: every change, when, by whom, from what to what (also of a removed suggestion, with -Session).</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "SuggestionHistory")]
[OutputType("SuggestionDesk.Items.HistoryEntry")]
public sealed class GetSuggestionHistoryCommand : ItemRecordsCmdlet
{
    /// <summary>Only the changes officers made from a reminder's links (via mail link), not through the office.</summary>
    [Parameter]
    public SwitchParameter ViaMailLink { get; set; }

    /// <inheritdoc />
    protected override void ExecuteCmdlet()
    {
        var (number, session) = Locate();
        foreach (var entry in CurrentConnection.Storage.Items.GetHistoryAsync(number, session, Cancellation).ToBlockingEnumerable(Cancellation))
        {
            if (ViaMailLink && entry.Via != HistoryEntry.ViaMailLink)
            {
                continue;
            }

            var output = PSObject.AsPSObject(entry);
            output.Properties.Add(new PSNoteProperty("Number", number.Value));
            output.Properties.Add(new PSNoteProperty("Summary", HistoryText.Describe(entry) + (entry.Via is { } via ? MessageText.Format(Messages.HistoryVia, via) : string.Empty)));
            WriteObject(output);
        }
    }
}
