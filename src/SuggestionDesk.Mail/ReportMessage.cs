using SuggestionDesk.Ports;
using SuggestionDesk.Reporting;
using SuggestionDesk.Items;

namespace SuggestionDesk.Mail;

/// <summary>The report to send: which period, how long, what its cover says, and the PDF itself.</summary>
/// <param name="Period">The period in the message's language, e.g. <c>2026年1—10月</c>.</param>
/// <param name="Pages">The PDF's page count.</param>
/// <param name="Cover">The title, date and figures, from the model the PDF was drawn from.</param>
/// <param name="Pdf">The report.</param>
public sealed record ReportMail(string Period, int Pages, ReportCover Cover, MailAttachment Pdf);

/// <summary>
/// Composes the message that carries the committee report: a short cover, the PDF attached. Every figure and label
/// in it is the report's own (its title, date line, key figures and 表1 as the PDF prints them), so the mail and the
/// attachment cannot disagree; only the greeting and the sentences around them are the message's.
/// </summary>
public static class ReportMessage
{
    /// <summary>The message to <paramref name="to"/> carrying <paramref name="mail"/>, in <paramref name="language"/>.</summary>
    public static RenderedMessage Compose(string to, ReportMail mail, Language language = Language.Chinese)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var chinese = language == Language.Chinese;
        var cover = mail.Cover;
        // Short enough for a phone's list of mail; the report's own title opens the text.
        var subject = chinese ? $"【报告】{mail.Period}建议提案办理情况" : $"[Report] Handling of suggestions and proposals, {mail.Period}";
        var intro = chinese
            ? $"附件是《{cover.Title}》（{mail.Period}，PDF，{mail.Pages} 页），数据截至{cover.DateLine}。主要数据如下，与报告“{cover.Figures.Caption}”一致。"
            : $"Attached is \"{cover.Title}\" ({mail.Period}, PDF, {mail.Pages} pages), as of {cover.DateLine}. Its main figures follow, as in the report's {cover.Figures.Caption}.";
        var keyFigures = string.Join(chinese ? "；" : "; ", cover.KeyFigures.Select(f => $"{f.Label} {f.Value}"));
        var table = new ContentBlock(cover.Figures.Caption, 1, cover.Figures.Columns, cover.Figures.Rows.Select(r => new ContentRow(r)).ToArray());
        var content = new MessageContent(subject, chinese ? "您好：" : "Hello,", intro, [table],
            chinese ? "本邮件由 SuggestionDesk 按计划自动发送；报告全文见附件。" : "Sent on schedule by SuggestionDesk; the full report is attached.")
        {
            Notices = [keyFigures],
        };
        return new RenderedMessage(to, subject, HtmlWriter.Write(content, chinese ? "zh-CN" : "en"), PlainTextWriter.Write(content, chinese ? "zh-CN" : "en"))
        {
            Attachments = [mail.Pdf],
        };
    }
}
