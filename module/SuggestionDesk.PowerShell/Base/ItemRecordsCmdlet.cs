using System.Management.Automation;
using SuggestionDesk.Items;
using SuggestionDesk.PowerShell.Completion;

namespace SuggestionDesk.PowerShell.Base;

/// <summary>
/// The base of cmdlets that read an item's kept records (history, contacts): by number, and by session too
/// for a removed item, whose records are kept.
/// </summary>
public abstract class ItemRecordsCmdlet : SuggestionCmdlet
{
    /// <summary>The item's number.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(NumberCompleter))]
    [ValidateNotNullOrEmpty]
    public string Number { get; set; } = string.Empty;

    /// <summary>The item's session; needed only for a removed item, whose records are kept.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(SessionCompleter))]
    public string? Session { get; set; }

    /// <inheritdoc />
    protected override object? ErrorTarget => Number;

    /// <summary>The number, and the session: given, or the existing item's.</summary>
    protected (SuggestionNumber Number, string Session) Locate()
    {
        var number = ParseNumber(Number);
        return (number, Session ?? Run(Service.GetAsync(number, Cancellation)).Session);
    }
}
