using SuggestionDesk.Reporting;

namespace SuggestionDesk.Ports;

/// <summary>Writes the message that carries a scheduled report (the cover text and the attached PDF) to one recipient.</summary>
public interface IReportMessageComposer
{
    /// <summary>
    /// The message to <paramref name="to"/> carrying <paramref name="report"/> of <paramref name="period"/>, its cover
    /// text written from <paramref name="cover"/>, taken from the model the PDF was drawn from.
    /// </summary>
    RenderedMessage Compose(string to, ReportPeriod period, ArchivedReport report, ReportCover cover);
}
