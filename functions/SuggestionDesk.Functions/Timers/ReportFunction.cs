using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using SuggestionDesk.Functions.Settings;
using SuggestionDesk.Items;
using SuggestionDesk.Ports;
using SuggestionDesk.Services;

namespace SuggestionDesk.Functions.Timers;

/// <summary>
/// The report timer: monthly by default (the 1st, 02:00 UTC), which also makes the year-end report in January. The
/// delivery (period, archive once, each committee recipient once) is the core's <see cref="ReportDeliveryService"/>.
/// </summary>
public sealed class ReportFunction(ReportDeliveryService reports, IMailSender sender, DeskOptions settings, TimeProvider clock, ILogger<ReportFunction> log)
{
    /// <summary>Renders, archives and mails the committee report for the period that just ended; a second run sends nothing new.</summary>
    [Function("Report")]
    public async Task ReportAsync([TimerTrigger("%ReportSchedule%")] TimerInfo timer, CancellationToken cancellationToken)
    {
        // Every past period whose report a failed run left unarchived first, oldest first, then this one.
        var today = OfficeTime.Today(clock);
        foreach (var period in await reports.DuePeriodsAsync(today, cancellationToken).ConfigureAwait(false))
        {
            var options = new ReportDeliveryOptions { Today = today, Period = period, Recipients = settings.Committee, Language = settings.Language, RunBy = "Report" };
            Log(await reports.DeliverAsync(options, sender, cancellationToken).ConfigureAwait(false));
        }
    }

    private void Log(ReportDeliveryResult result)
    {
        foreach (var failed in result.Recipients.Where(r => !r.Result.IsSent))
        {
            log.LogWarning("Report {Period} not sent to {Recipient}, retried on the next run: {Reason}", result.Period.Name, failed.Recipient, failed.Result.Reason);
        }

        log.LogInformation("Report {Period}: {Rendered}", result.Period.Name, result.Rendered ? "rendered and archived" : "already archived");
        RunSummary.Log(log, result.Record);
    }
}
