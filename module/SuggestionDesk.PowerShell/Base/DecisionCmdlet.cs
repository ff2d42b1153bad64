using System.Management.Automation;
using SuggestionDesk.Items;

namespace SuggestionDesk.PowerShell.Base;

/// <summary>The base of the approve/deny pairs: who decided, and when.</summary>
public abstract class DecisionCmdlet : ItemChangeCmdlet
{
    /// <summary>Who decided, by name (recorded with the decision); by default -By, else the signed-in user.</summary>
    [Parameter]
    [Alias("Approver")]
    public string? DecidedBy { get; set; }

    /// <summary>The decider: -DecidedBy, else the person recording it (-By or the signed-in user).</summary>
    protected string Decider(ChangeContext by) => string.IsNullOrWhiteSpace(DecidedBy) ? by.Actor : DecidedBy;

    /// <summary>The day of the decision; by default today.</summary>
    [Parameter]
    [DateTransformation]
    public DateTime? On { get; set; }
}
