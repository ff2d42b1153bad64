using System.Management.Automation;
using SuggestionDesk.Ports;
using SuggestionDesk.PowerShell.Base;
using SuggestionDesk.PowerShell.Completion;
using SuggestionDesk.Reporting;

namespace SuggestionDesk.PowerShell.Reporting;

/// <summary>
/// <para type="synopsis">Gets the report's figures: items by role, signed and replied on time, evaluations, publications, overdue; by department and by session.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "SuggestionSummary")]
[OutputType("SuggestionDesk.Reporting.SuggestionSummary")]
public sealed class GetSuggestionSummaryCommand : SuggestionCmdlet
{
    /// <summary>Only this session.</summary>
    [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(SessionCompleter))]
    public string? Session { get; set; }

    /// <summary>The day the figures describe (later events are not counted); by default today.</summary>
    [Parameter]
    [DateTransformation]
    public DateTime? AsOf { get; set; }

    /// <inheritdoc />
    protected override void ExecuteCmdlet()
    {
        var asOf = AsOf is { } date ? DateOnly.FromDateTime(date) : Today;
        var items = CurrentConnection.Storage.Items
            .QueryAsync(new ItemQuery { Session = Session }, Cancellation)
            .ToBlockingEnumerable(Cancellation);
        WriteObject(new SummaryCalculator(Deadlines).Calculate(items, asOf, Session));
    }
}
