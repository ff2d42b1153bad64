using SuggestionDesk.Localization;
using SuggestionDesk.Ports;
using SuggestionDesk.Reporting;
using SuggestionDesk.Items;
using SuggestionDesk.Runs;

namespace SuggestionDesk.Services;

/// <summary>
/// The scheduled committee report, delivered: by default the year to the end of last month (the whole year after
/// December), rendered once by <see cref="ReportService"/>, archived under the period's name (never replaced), and
/// mailed to each recipient once. The archive records who has it, so a second run renders nothing and sends nothing
/// new, and a recipient whose mail failed is retried. The report timer and the cmdlet both deliver through here, on
/// the same archive, so neither sends what the other sent.
/// </summary>
public sealed class ReportDeliveryService(
    ISuggestionStore items,
    ICalendarStore calendars,
    IDeadlinePolicyStore deadlinePolicies,
    IReportRenderer renderer,
    IReportArchive archive,
    IReportMessageComposer composer,
    IRunLock locks,
    IRunRecordStore? records = null,
    TimeProvider? clock = null)
{
    /// <summary>
    /// Mails the report of the period <paramref name="options"/> names to whoever of its recipients does not have it,
    /// rendering and archiving it first if nobody has been sent it yet. The transport is used only for a recipient
    /// the host agreed to, so a host may open it lazily.
    /// </summary>
    public Task<ReportDeliveryResult> DeliverAsync(ReportDeliveryOptions options, IMailSender sender, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(sender);
        var period = options.Period ?? ReportPeriod.EndingBefore(options.Today);
        if (period.To >= options.Today)
        {
            throw new ArgumentException(
                MessageText.Format(Messages.ReportNotYet, period.Name, period.To, options.Today, ReportPeriod.EndingBefore(options.Today).Name));
        }

        return RunRecorder.RecordAsync(
            records, RunKind.Report, options.RunBy, period.Name, clock ?? TimeProvider.System,
            () => DeliverCoreAsync(options, period, sender, cancellationToken), Describe, (result, record) => result with { Record = record }, cancellationToken);
    }

    // A report is mailed to a recipient once a period, so the transport is always asked first whether an earlier run
    // (one that died before recording, or whose answer was lost) sent it: one look-up per recipient and month.
    private static RenderedMessage Keyed(RenderedMessage message, ReportPeriod period, string recipient) =>
        message with { DeliveryKey = DeliveryKeys.ForReport(period.Name, recipient), MaybeSentBefore = true };

    private static RunRecord Describe(ReportDeliveryResult result, RunRecord begun) => begun with
    {
        Outcome = result.Failed > 0 ? RunOutcome.Failed : RunOutcome.Succeeded,
        Planned = result.Recipients.Count,
        Sent = result.Sent,
        Failed = result.Failed,
        FirstError = RunRecorder.FirstLine(result.Recipients.FirstOrDefault(r => !r.Result.IsSent)?.Result.Reason),
    };

    private async Task<ReportDeliveryResult> DeliverCoreAsync(ReportDeliveryOptions options, ReportPeriod period, IMailSender sender, CancellationToken cancellationToken)
    {
        // One lock per period: two firings for the same month, or the timer and an administrator, take turns, and the
        // second finds the first's records.
        var held = await locks.AcquireAsync($"report-{period.Name}", ReminderService.LockTime, cancellationToken).ConfigureAwait(false);
        await using (held.ConfigureAwait(false))
        {
            // Its properties only: when everyone has it the run stops here, without the PDF or a single item read.
            var known = await archive.FindInfoAsync(period.Name, cancellationToken).ConfigureAwait(false);
            var had = known?.SentTo ?? new HashSet<string>();
            var wanted = options.Recipients.Select(r => r.Trim()).Where(r => r.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            var approved = new List<string>();
            var declined = new List<string>();
            foreach (var recipient in wanted.Where(r => !had.Contains(r)))
            {
                var yes = options.Confirm is null || await options.Confirm(recipient, period, cancellationToken).ConfigureAwait(false);
                (yes ? approved : declined).Add(recipient);
            }

            if (approved.Count == 0)
            {
                // Nobody to send it to: nothing is rendered, and a report nobody was sent is not archived.
                return new ReportDeliveryResult(period, false, []) { AlreadySent = wanted.Where(had.Contains).ToArray(), Declined = declined };
            }

            var archived = known is null ? null : await archive.FindAsync(period.Name, cancellationToken).ConfigureAwait(false);
            var (report, cover, rendered) = await ArchivedOrRenderedAsync(period, archived, options.Language, cancellationToken).ConfigureAwait(false);
            var sent = new HashSet<string>(report.SentTo, StringComparer.OrdinalIgnoreCase);
            var results = new List<ReportRecipientResult>();
            string? stoppedBecause = null;
            foreach (var recipient in approved.Where(r => !sent.Contains(r)))
            {
                var result = stoppedBecause is null
                    ? await sender.SendAsync(Keyed(composer.Compose(recipient, period, report, cover), period, recipient), cancellationToken).ConfigureAwait(false)
                    : SendResult.NotSent(recipient, MessageText.Format(Messages.SendNotTried, stoppedBecause));
                stoppedBecause ??= result.RunStoppedBecause;
                results.Add(new ReportRecipientResult(recipient, result));
                if (result.IsSent)
                {
                    // Recorded after each send, so a run that dies mid-way resends to one recipient at most.
                    sent.Add(recipient);
                    await archive.RecordSentAsync(period.Name, sent, cancellationToken).ConfigureAwait(false);
                }
            }

            // The archive's record as this run found it; a report archived meanwhile (by a run whose lock had expired) may name more.
            bool Had(string recipient) => had.Contains(recipient) || report.SentTo.Contains(recipient);
            return new ReportDeliveryResult(period, rendered, results)
            {
                AlreadySent = wanted.Where(Had).ToArray(),
                Declined = declined.Where(r => !Had(r)).ToArray(),
            };
        }
    }

    /// <summary>
    /// The periods a scheduled run on <paramref name="today"/> delivers, oldest first: the periods the schedule would
    /// have delivered since the newest one archived (each month's year-to-date report, and in January the whole past
    /// year), looking back to the start of last year at most, then the current one. A month whose run failed is so
    /// delivered by the next run instead of being skipped because the schedule moved on; an archive with nothing in that
    /// window (a new deployment) starts with the current period and does not mail the committee a year of old reports.
    /// </summary>
    public async Task<IReadOnlyList<ReportPeriod>> DuePeriodsAsync(DateOnly today, CancellationToken cancellationToken = default)
    {
        var current = ReportPeriod.EndingBefore(today);
        var missed = new List<ReportPeriod>();
        var oldest = new DateOnly(today.Year - 1, 2, 1);
        for (var first = new DateOnly(today.Year, today.Month, 1).AddMonths(-1); first >= oldest; first = first.AddMonths(-1))
        {
            var period = ReportPeriod.EndingBefore(first);
            if (await archive.FindInfoAsync(period.Name, cancellationToken).ConfigureAwait(false) is not null)
            {
                missed.Reverse();
                return [.. missed, current];
            }

            missed.Add(period);
        }

        return [current];
    }

    private async Task<(ArchivedReport Report, ReportCover Cover, bool Rendered)> ArchivedOrRenderedAsync(
        ReportPeriod period, ArchivedReport? archived, Language language, CancellationToken cancellationToken)
    {
        if (archived?.Cover is { } kept)
        {
            // The cover kept with the archived report: what the first recipients were told, read from the same model.
            return (archived, kept, false);
        }

        var options = new ReportOptions { AsOf = period.To, From = period.From, To = period.To, Language = language };
        var deadlines = await new CalendarService(calendars, items, deadlinePolicies).LoadDeadlinesAsync(cancellationToken).ConfigureAwait(false);
        var service = new ReportService(items, deadlines, renderer);
        if (archived is not null)
        {
            // Archived before covers were kept (or by a run that stopped before keeping it): the figures are built
            // again as of the period's end, the archived PDF is what is sent.
            var model = await service.BuildAsync(options, cancellationToken).ConfigureAwait(false);
            return (archived, ReportCover.Of(model), false);
        }

        using var pdf = new MemoryStream();
        var result = await service.WriteAsync(options, pdf, cancellationToken).ConfigureAwait(false);
        var cover = ReportCover.Of(result.Model);
        if (await archive.TryAddAsync(period.Name, pdf.ToArray(), result.Pages, cover, cancellationToken).ConfigureAwait(false))
        {
            return (new ArchivedReport(period.Name, pdf.ToArray(), result.Pages, new HashSet<string>()) { Cover = cover }, cover, true);
        }

        // Archived meanwhile by a run that held an expired lock: keep that one, never replace an archived report.
        var theirs = await archive.FindAsync(period.Name, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException(MessageText.Format(Messages.ReportArchiveInconsistent, period.Name));
        return (theirs, theirs.Cover ?? cover, false);
    }
}
