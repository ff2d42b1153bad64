using System.Management.Automation;

namespace SuggestionDesk.PowerShell.Base;

/// <summary>The base of the approve/deny pairs: who decided, and when.</summary>
public abstract class DecisionCmdlet : ItemChangeCmdlet
{
    /// <summary>Who decided, by name (recorded in the history).</summary>
    [Parameter(Mandatory = true)]
    [Alias("Approver")]
    public string DecidedBy { get; set; } = string.Empty;

    /// <summary>The day of the decision; by default today.</summary>
    [Parameter]
    [DateTransformation]
    public DateTime? On { get; set; }
}
