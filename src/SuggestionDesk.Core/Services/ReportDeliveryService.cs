using SuggestionDesk.Ports;
using SuggestionDesk.Reporting;
using SuggestionDesk.Items;

namespace SuggestionDesk.Services;

/// <summary>
/// The scheduled committee report, delivered: the year to the end of last month (the whole year after December),
/// rendered once by <see cref="ReportService"/>, archived under the period's name (never replaced), and mailed to
/// each recipient once. The archive records who has it, so a second run renders nothing and sends nothing new, and
/// a recipient whose mail failed is retried.
/// </summary>
public sealed class ReportDeliveryService(
    ISuggestionStore items,
    ICalendarStore calendars,
    IDeadlinePolicyStore deadlinePolicies,
    IReportRenderer renderer,
    IReportArchive archive,
    IReportMessageComposer composer,
    IRunLock locks)
{
    /// <summary>Renders and archives the report due on <see cref="ReportDeliveryOptions.Today"/> if needed, and mails it to whoever does not have it.</summary>
    public async Task<ReportDeliveryResult> DeliverAsync(ReportDeliveryOptions options, IMailSender sender, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(sender);
        var period = ReportPeriod.EndingBefore(options.Today);
        // One lock per period: two firings for the same month take turns, and the second finds the first's records.
        var held = await locks.AcquireAsync($"report-{period.Name}", ReminderService.LockTime, cancellationToken).ConfigureAwait(false);
        await using (held.ConfigureAwait(false))
        {
            var (report, figures, rendered) = await ArchivedOrRenderedAsync(period, options.Language, cancellationToken).ConfigureAwait(false);
            var sent = new HashSet<string>(report.SentTo, StringComparer.OrdinalIgnoreCase);
            var results = new List<ReportRecipientResult>();
            foreach (var recipient in options.Recipients.Where(r => !sent.Contains(r)))
            {
                var result = await sender.SendAsync(composer.Compose(recipient, period, report, figures), cancellationToken).ConfigureAwait(false);
                results.Add(new ReportRecipientResult(recipient, result));
                if (result.IsSent)
                {
                    // Recorded after each send, so a run that dies mid-way resends to one recipient at most.
                    sent.Add(recipient);
                    await archive.RecordSentAsync(period.Name, sent, cancellationToken).ConfigureAwait(false);
                }
            }

            return new ReportDeliveryResult(period, rendered, results);
        }
    }

    private async Task<(ArchivedReport Report, SummaryFigures Figures, bool Rendered)> ArchivedOrRenderedAsync(
        ReportPeriod period, Language language, CancellationToken cancellationToken)
    {
        var options = new ReportOptions { AsOf = period.To, From = period.From, To = period.To, Language = language };
        var deadlines = await new CalendarService(calendars, items, deadlinePolicies).LoadDeadlinesAsync(cancellationToken).ConfigureAwait(false);
        var service = new ReportService(items, deadlines, renderer);
        if (await archive.FindAsync(period.Name, cancellationToken).ConfigureAwait(false) is { } archived)
        {
            // The figures for the cover are computed again; the archived PDF is what is sent.
            var model = await service.BuildAsync(options, cancellationToken).ConfigureAwait(false);
            return (archived, model.Summary, false);
        }

        using var pdf = new MemoryStream();
        var result = await service.WriteAsync(options, pdf, cancellationToken).ConfigureAwait(false);
        if (await archive.TryAddAsync(period.Name, pdf.ToArray(), result.Pages, cancellationToken).ConfigureAwait(false))
        {
            return (new ArchivedReport(period.Name, pdf.ToArray(), result.Pages, new HashSet<string>()), result.Model.Summary, true);
        }

        // Archived meanwhile by a run that held an expired lock: keep that one, never replace an archived report.
        var theirs = await archive.FindAsync(period.Name, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"The report archive refused report '{period.Name}' as existing, but does not have it. Check the archive's storage.");
        return (theirs, result.Model.Summary, false);
    }
}
