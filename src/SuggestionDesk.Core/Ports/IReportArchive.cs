namespace SuggestionDesk.Ports;

/// <summary>
/// Where the scheduled reports are kept, one per period and never replaced, with the list of recipients who have
/// each, so that a run after a failure or a second firing sends nobody the same report twice.
/// </summary>
public interface IReportArchive
{
    /// <summary>The report archived as <paramref name="name"/>, or null when there is none yet.</summary>
    Task<ArchivedReport?> FindAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>
    /// Whether the report <paramref name="name"/> is archived, and who has it, without downloading it (its properties
    /// and the record of recipients): a run that finds every recipient served stops here. Null when there is none.
    /// </summary>
    async Task<ArchivedReportInfo?> FindInfoAsync(string name, CancellationToken cancellationToken = default) =>
        await FindAsync(name, cancellationToken).ConfigureAwait(false) is { } report ? new ArchivedReportInfo(report.Name, report.Pages, report.SentTo) : null;

    /// <summary>
    /// Archives <paramref name="pdf"/> as <paramref name="name"/>, sent to nobody yet, with its <paramref name="cover"/>.
    /// Returns false, leaving the archive as it was, when a report of that name is there already: an archived report
    /// is never replaced.
    /// </summary>
    Task<bool> TryAddAsync(string name, ReadOnlyMemory<byte> pdf, int pages, Reporting.ReportCover cover, CancellationToken cancellationToken = default);

    /// <summary>Records that the report <paramref name="name"/> has been sent to <paramref name="recipients"/>, the whole list so far.</summary>
    Task RecordSentAsync(string name, IReadOnlyCollection<string> recipients, CancellationToken cancellationToken = default);
}
