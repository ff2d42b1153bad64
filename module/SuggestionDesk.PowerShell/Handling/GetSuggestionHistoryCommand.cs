using System.Management.Automation;
using SuggestionDesk.PowerShell.Base;
using SuggestionDesk.PowerShell.Completion;

namespace SuggestionDesk.PowerShell.Handling;

/// <summary>
/// <para type="synopsis">Gets a suggestion's history: every change, when, by whom, from what to what (also of a removed suggestion, with -Session).</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "SuggestionHistory")]
[OutputType("SuggestionDesk.Items.HistoryEntry")]
public sealed class GetSuggestionHistoryCommand : SuggestionCmdlet
{
    /// <summary>The item's number.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(NumberCompleter))]
    [ValidateNotNullOrEmpty]
    public string Number { get; set; } = string.Empty;

    /// <summary>The item's session; needed only for a removed item, whose history is kept.</summary>
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
        foreach (var entry in CurrentConnection.Storage.Items.GetHistoryAsync(number, session, Cancellation).ToBlockingEnumerable(Cancellation))
        {
            var output = PSObject.AsPSObject(entry);
            output.Properties.Add(new PSNoteProperty("Number", number.Value));
            output.Properties.Add(new PSNoteProperty("Summary", string.Join("; ", entry.Changes.Select(c => $"{c.Field}: {Short(c.From)} → {Short(c.To)}"))));
            WriteObject(output);
        }
    }

    private static string Short(string? value) => value is null ? "∅" : value.Length <= 40 ? value : value[..37] + "...";
}
