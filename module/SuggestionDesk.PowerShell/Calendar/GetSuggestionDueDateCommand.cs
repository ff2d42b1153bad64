using System.Management.Automation;
using SuggestionDesk.Calendar;
using SuggestionDesk.PowerShell.Base;
using SuggestionDesk.PowerShell.Connection;

namespace SuggestionDesk.PowerShell.Calendar;

/// <summary>
/// <para type="synopsis">Computes a due date on the Chinese working-day calendar (holidays and make-up working days), with its explanation.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "SuggestionDueDate", DefaultParameterSetName = WorkingDaysSet)]
[OutputType(typeof(DueDateResult))]
public sealed class GetSuggestionDueDateCommand : SuggestionCmdlet
{
    private const string WorkingDaysSet = "WorkingDays";
    private const string MonthsSet = "Months";

    /// <summary>The start day (day 0).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [DateTransformation]
    public DateTime From { get; set; }

    /// <summary>How many working days after -From.</summary>
    [Parameter(Mandatory = true, ParameterSetName = WorkingDaysSet)]
    [ValidateRange(1, 1000)]
    public int WorkingDays { get; set; }

    /// <summary>How many calendar months after -From (then to the next working day).</summary>
    [Parameter(Mandatory = true, ParameterSetName = MonthsSet)]
    [ValidateRange(1, 120)]
    public int Months { get; set; }

    /// <inheritdoc />
    protected override void ExecuteCmdlet()
    {
        // Uses the connected store's calendar (with any year loaded later), else the built-in one: no connection needed.
        var calendar = (Connection ?? SessionConnections.Current)?.Calendar(Cancellation) ?? WorkingDayCalendar.BuiltIn;
        var rule = ParameterSetName == MonthsSet ? DeadlineRule.Months(Months) : DeadlineRule.WorkingDays(WorkingDays);
        var start = DateOnly.FromDateTime(From);
        WriteObject(new DueDateResult(new DueDateCalculator(calendar).Compute(start, rule)));
    }
}
