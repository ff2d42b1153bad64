using SuggestionDesk.Reporting;

namespace SuggestionDesk.Ports;

/// <summary>Turns the report's view model into a document (the PDF renderer in SuggestionDesk.Pdf).</summary>
public interface IReportRenderer
{
    /// <summary>Writes <paramref name="model"/> to <paramref name="output"/> (left open); returns the number of pages.</summary>
    int Render(ReportModel model, Stream output, CancellationToken cancellationToken = default);
}
