using Microsoft.Azure.Functions.Worker;

namespace SuggestionDesk.Functions.Timers;

/// <summary>The report timer: monthly by default (the 1st, 02:00 UTC), which also makes the year-end report in January.</summary>
public sealed class ReportFunction(ReportRun run)
{
    /// <summary>Renders, archives and mails the committee report for the period that just ended; a second run sends nothing new.</summary>
    [Function("Report")]
    public Task ReportAsync([TimerTrigger("%ReportSchedule%")] TimerInfo timer, CancellationToken cancellationToken) =>
        run.RunAsync(cancellationToken);
}
