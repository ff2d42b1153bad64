using SuggestionDesk.Ports;
using SuggestionDesk.Reporting;
using SuggestionDesk.Pdf.Summary;

namespace SuggestionDesk.Pdf;

/// <summary>
/// Renders the report for the standing committee to PDF in-process with PDFsharp: fonts shipped with the
/// product and embedded as subsets, text that extracts exactly as written, PDF/A-2b metadata.
/// </summary>
public sealed class PdfReportRenderer(TimeProvider? time = null) : IReportRenderer
{
    private readonly TimeProvider clock = time ?? TimeProvider.System;

    /// <inheritdoc />
    public int Render(ReportModel model, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(output);
        var report = new SummaryReport(model);
        return report.Compose().Write(report.Info(clock.GetLocalNow().DateTime), output, cancellationToken);
    }
}
