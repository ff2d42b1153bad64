using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Logging;
using SuggestionDesk.Calendar;
using SuggestionDesk.Functions.Settings;
using SuggestionDesk.Items;
using SuggestionDesk.Mail;
using SuggestionDesk.Ports;
using SuggestionDesk.Reporting;
using SuggestionDesk.Services;
using SuggestionDesk.Storage;

namespace SuggestionDesk.Functions.Timers;

/// <summary>What one report run did.</summary>
/// <param name="Period">The period reported, e.g. <c>2026-10</c>.</param>
/// <param name="Rendered">Whether this run rendered and archived the report (false: it was archived already).</param>
/// <param name="Sent">Committee recipients mailed by this run.</param>
/// <param name="Failed">Recipients whose mail failed; retried on the next run.</param>
public sealed record ReportOutcome(string Period, bool Rendered, int Sent, int Failed);

/// <summary>
/// The scheduled committee report: the year to the end of last month (or the whole year after December), rendered
/// once by the same <see cref="ReportService"/> as <c>New-SuggestionReport</c>, archived as <c>{period}.pdf</c> in
/// the report container (never replaced), and mailed to each committee recipient once: the blob's metadata records
/// who has it, so a second run renders nothing and sends nothing new, and a failed recipient is retried.
/// </summary>
public sealed class ReportRun(
    SuggestionStorage storage, BlobContainerClient archive, IMailSender sender, IReportRenderer renderer, DeskSettings settings, TimeProvider clock, ILogger<ReportRun> log)
{
    private const string SentTo = "sentto";

    /// <summary>Renders, archives and mails the report due today.</summary>
    public async Task<ReportOutcome> RunAsync(CancellationToken cancellationToken)
    {
        var today = OfficeTime.Today(clock);
        var period = ReportPeriod.EndingBefore(today);
        await using var held = await storage.RunLocks.AcquireAsync($"report-{period.Name}", ReminderService.LockTime, cancellationToken).ConfigureAwait(false);
        await archive.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        var blob = archive.GetBlobClient($"{period.Name}.pdf");
        var (pdf, rendered) = await ArchivedOrRenderedAsync(blob, period, cancellationToken).ConfigureAwait(false);
        var properties = (await blob.GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false)).Value;
        var sent = Recipients(properties.Metadata);
        var language = Enum.Parse<MessageLanguage>(settings.Language, ignoreCase: true);
        var mail = new ReportMail(language == MessageLanguage.Chinese ? period.Chinese : period.English, period.To, int.Parse(properties.Metadata["pages"], System.Globalization.CultureInfo.InvariantCulture),
            pdf.Figures, new MailAttachment(FileName(period, language), "application/pdf", pdf.Bytes));
        int newlySent = 0, failed = 0;
        foreach (var recipient in settings.Committee.Where(r => !sent.Contains(r)))
        {
            var result = await sender.SendAsync(ReportMessage.Compose(recipient, mail, language), cancellationToken).ConfigureAwait(false);
            if (!result.IsSent)
            {
                failed++;
                log.LogWarning("Report {Period} not sent to {Recipient}, retried on the next run: {Reason}", period.Name, recipient, result.Reason);
                continue;
            }

            newlySent++;
            sent.Add(recipient);
            var metadata = new Dictionary<string, string>(properties.Metadata) { [SentTo] = string.Join(',', sent.Select(Uri.EscapeDataString)) };
            await blob.SetMetadataAsync(metadata, cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        log.LogInformation("Report {Period}: {Rendered}, {Sent} sent, {Failed} failed", period.Name, rendered ? "rendered and archived" : "already archived", newlySent, failed);
        return new ReportOutcome(period.Name, rendered, newlySent, failed);
    }

    private async Task<(ArchivedReport Report, bool Rendered)> ArchivedOrRenderedAsync(BlobClient blob, ReportPeriod period, CancellationToken cancellationToken)
    {
        var options = new ReportOptions
        {
            AsOf = period.To,
            From = period.From,
            To = period.To,
            Language = settings.Language.Equals("English", StringComparison.OrdinalIgnoreCase) ? ReportLanguage.English : ReportLanguage.Chinese,
        };
        var deadlines = await new CalendarService(storage.Calendars, storage.Items).LoadDeadlinesAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        var service = new ReportService(storage.Items, deadlines, renderer);
        if (await blob.ExistsAsync(cancellationToken).ConfigureAwait(false))
        {
            var model = await service.BuildAsync(options, cancellationToken).ConfigureAwait(false);
            var bytes = (await blob.DownloadContentAsync(cancellationToken).ConfigureAwait(false)).Value.Content.ToArray();
            return (new ArchivedReport(bytes, model.Summary), false);
        }

        using var pdf = new MemoryStream();
        var result = await service.WriteAsync(options, pdf, cancellationToken).ConfigureAwait(false);
        pdf.Position = 0;
        try
        {
            await blob.UploadAsync(pdf, new BlobUploadOptions
            {
                HttpHeaders = new BlobHttpHeaders { ContentType = "application/pdf" },
                Metadata = new Dictionary<string, string> { ["period"] = period.Name, ["pages"] = result.Pages.ToString(System.Globalization.CultureInfo.InvariantCulture), [SentTo] = string.Empty },
                Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            // Archived meanwhile by a run that held an expired lock: keep that one, never replace an archived report.
            var bytes = (await blob.DownloadContentAsync(cancellationToken).ConfigureAwait(false)).Value.Content.ToArray();
            return (new ArchivedReport(bytes, result.Model.Summary), false);
        }

        return (new ArchivedReport(pdf.ToArray(), result.Model.Summary), true);
    }

    private static HashSet<string> Recipients(IDictionary<string, string> metadata) =>
        metadata.TryGetValue(SentTo, out var value) && value.Length > 0
            ? value.Split(',').Select(Uri.UnescapeDataString).ToHashSet(StringComparer.OrdinalIgnoreCase)
            : new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    private static string FileName(ReportPeriod period, MessageLanguage language) =>
        language == MessageLanguage.Chinese ? $"{period.Chinese}人大代表建议办理情况报告.pdf" : $"suggestions-report-{period.Name}.pdf";

    private sealed record ArchivedReport(byte[] Bytes, SummaryFigures Figures);
}
