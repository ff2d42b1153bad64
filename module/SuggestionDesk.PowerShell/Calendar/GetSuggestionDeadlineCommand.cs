using System.Management.Automation;
using SuggestionDesk.Localization;
using SuggestionDesk.PowerShell.Base;
using SuggestionDesk.PowerShell.Completion;
using SuggestionDesk.PowerShell.Localization;

namespace SuggestionDesk.PowerShell.Calendar;

/// <summary>
/// <para type="synopsis">Gets every clock of a suggestion (sign-for, reply, re-handling, publication ...) with its due date, status and explanation.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "SuggestionDeadline")]
[OutputType(typeof(DeadlineView))]
public sealed class GetSuggestionDeadlineCommand : SuggestionCmdlet
{
    /// <summary>The item's number.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(NumberCompleter))]
    [ValidateNotNullOrEmpty]
    public string Number { get; set; } = string.Empty;

    /// <summary>The day the item is seen as of (events after it taken back) and its clocks judged on; by default today.</summary>
    [Parameter]
    [DateTransformation]
    public DateTime? AsOf { get; set; }

    /// <summary>Only the clocks still running.</summary>
    [Parameter]
    public SwitchParameter Running { get; set; }

    /// <inheritdoc />
    protected override void ExecuteCmdlet()
    {
        var asOf = AsOf is { } date ? DateOnly.FromDateTime(date) : Today;
        var number = ParseNumber(Number);
        if (Run(Service.GetAsOfAsync(number, asOf, Cancellation)) is not { } item)
        {
            WriteWarning(MessageText.Format(Messages.DeadlineNotYetAssigned, number, asOf));
            return;
        }

        var deadlines = Running ? Deadlines.Running(item, asOf) : Deadlines.For(item);
        foreach (var deadline in deadlines)
        {
            WriteObject(new DeadlineView(item.Number.Value, deadline, deadline.StatusOn(asOf, Deadlines.Calendar)));
        }
    }
}
