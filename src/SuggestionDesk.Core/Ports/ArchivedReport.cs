namespace SuggestionDesk.Ports;

/// <summary>A report kept in the archive, and who has been sent it.</summary>
/// <param name="Name">The archive name, the period's name (<c>2026-10</c>, <c>2025</c>).</param>
/// <param name="Pdf">The document as archived.</param>
/// <param name="Pages">Its page count.</param>
/// <param name="SentTo">The recipients it was mailed to, compared without regard to case.</param>
public sealed record ArchivedReport(string Name, ReadOnlyMemory<byte> Pdf, int Pages, IReadOnlySet<string> SentTo)
{
    /// <summary>
    /// What its cover mail says, kept when it was archived; null for a report archived before covers were kept, or
    /// when the run that archived it stopped before keeping it.
    /// </summary>
    public Reporting.ReportCover? Cover { get; init; }
}

/// <summary>What the archive knows of a report without its document: enough to tell whether anyone still needs it.</summary>
/// <param name="Name">The archive name, the period's name.</param>
/// <param name="Pages">Its page count.</param>
/// <param name="SentTo">The recipients it was mailed to, compared without regard to case.</param>
public sealed record ArchivedReportInfo(string Name, int Pages, IReadOnlySet<string> SentTo);
