using System.Management.Automation;

namespace SuggestionDesk.PowerShell.Base;

/// <summary>
/// The base of cmdlets that act on one stored item: the item comes by <c>-Number</c> or piped from
/// <c>Get-Suggestion</c> with the version it was read at (a stale copy is refused); <c>-Force</c> acts anyway;
/// <c>-By</c> names who acts, for the history.
/// </summary>
public abstract class ItemCmdlet : SuggestionCmdlet
{
    /// <summary>The item's number.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(Completion.NumberCompleter))]
    [ValidateNotNullOrEmpty]
    public string Number { get; set; } = string.Empty;

    /// <summary>The version a piped copy was read at; acting on a copy that is no longer current is refused.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true, DontShow = true)]
    public string? Version { get; set; }

    /// <summary>Acts even if the item changed since the copy was read.</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    /// <summary>Who acts, for the history; by default the signed-in user.</summary>
    [Parameter]
    public string? By { get; set; }

    /// <inheritdoc />
    protected override object? ErrorTarget => Number;
}
