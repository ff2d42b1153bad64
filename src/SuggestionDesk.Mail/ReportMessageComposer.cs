using SuggestionDesk.Ports;
using SuggestionDesk.Reporting;
using SuggestionDesk.Items;

namespace SuggestionDesk.Mail;

/// <summary>The scheduled report's message in one language: the period named in it, the PDF attached under a readable name.</summary>
/// <param name="language">Chinese unless told otherwise.</param>
public sealed class ReportMessageComposer(Language language = Language.Chinese) : IReportMessageComposer
{
    /// <inheritdoc />
    public RenderedMessage Compose(string to, ReportPeriod period, ArchivedReport report, ReportCover cover)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(report);
        var chinese = language == Language.Chinese;
        var name = chinese ? $"{period.Chinese}建议提案办理情况报告.pdf" : $"suggestions-report-{period.Name}.pdf";
        var mail = new ReportMail(chinese ? period.Chinese : period.English, report.Pages, cover,
            new MailAttachment(name, "application/pdf", report.Pdf));
        return ReportMessage.Compose(to, mail, language);
    }
}
