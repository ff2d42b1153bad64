using System.Management.Automation;
using SuggestionDesk.PowerShell.Base;
using SuggestionDesk.PowerShell.Completion;

namespace SuggestionDesk.PowerShell.Items;

/// <summary>
/// <para type="synopsis">Removes a suggestion; its history and contacts are kept, with the removal recorded.</para>
/// </summary>
[Cmdlet(VerbsCommon.Remove, "Suggestion", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
public sealed class RemoveSuggestionCommand : SuggestionCmdlet
{
    /// <summary>The item's number.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(NumberCompleter))]
    [ValidateNotNullOrEmpty]
    public string Number { get; set; } = string.Empty;

    /// <summary>The version a piped copy was read at.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true, DontShow = true)]
    public string? Version { get; set; }

    /// <summary>Removes even if the item changed since the copy was read.</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    /// <summary>Who removes it, for the history.</summary>
    [Parameter]
    public string? By { get; set; }

    /// <inheritdoc />
    protected override object? ErrorTarget => Number;

    /// <inheritdoc />
    protected override void ExecuteCmdlet()
    {
        var number = ParseNumber(Number);
        if (ShouldProcess($"Suggestion '{number}'", "Remove"))
        {
            Run(Service.RemoveAsync(number, Version, Force, ChangeBy(By), Cancellation));
        }
    }
}
