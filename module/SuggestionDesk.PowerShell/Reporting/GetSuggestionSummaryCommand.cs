using System.Management.Automation;
using SuggestionDesk.Ports;
using SuggestionDesk.PowerShell.Base;
using SuggestionDesk.PowerShell.Completion;
using SuggestionDesk.Reporting;
using SuggestionDesk.Services;

namespace SuggestionDesk.PowerShell.Reporting;

/// <summary>
/// <para type="synopsis">Gets the report's figures: items by role, signed and replied on time, evaluations, publications, overdue, contacts with deputies and items led by a leader; by department and by session.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "SuggestionSummary")]
[OutputType("SuggestionDesk.Reporting.SuggestionSummary")]
public sealed class GetSuggestionSummaryCommand : SuggestionCmdlet
{
    /// <summary>Only this session; a session the store holds no item of is refused, naming the sessions it holds.</summary>
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
        var store = CurrentConnection.Storage.Items;
        var session = string.IsNullOrWhiteSpace(Session) ? Session : Session.Trim();
        Run(KnownSessions.RequireAsync(store, session, Cancellation));
        var items = store.QueryAsync(new ItemQuery { Session = session }, Cancellation).ToBlockingEnumerable(Cancellation).ToList();
        var contacts = Run(store.ReadContactsAsync(items, Cancellation));
        WriteObject(new SummaryCalculator(Deadlines).Calculate(items, contacts, asOf, session));
    }
}
