using SuggestionDesk.Ports;
using SuggestionDesk.Reporting;
using SuggestionDesk.Pdf.Summary;

namespace SuggestionDesk.Pdf;

/// <summary>
/// Renders the report for the standing committee to PDF in-process with PDFsharp: fonts shipped with the
/// product (or the office's own, <paramref name="fonts"/>) and embedded as subsets, text that extracts exactly as
/// written, PDF/A-2b metadata.
/// </summary>
/// <param name="time">The clock the PDF's creation date is read from; the system's by default.</param>
/// <param name="fonts">The faces to draw with; the bundled fonts by default.</param>
public sealed class PdfReportRenderer(TimeProvider? time = null, ReportFonts? fonts = null) : IReportRenderer
{
    private readonly TimeProvider clock = time ?? TimeProvider.System;

    /// <summary>The faces the report is drawn with.</summary>
    public ReportFonts Fonts { get; } = fonts ?? ReportFonts.Bundled;

    /// <inheritdoc />
    public int Render(ReportModel model, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(output);
        var report = new SummaryReport(model, Fonts);
        return report.Compose().Write(report.Info(clock.GetLocalNow().DateTime), output, cancellationToken);
    }
}
