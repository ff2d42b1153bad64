using System.Globalization;
using SuggestionDesk.Ports;
using SuggestionDesk.Reporting;
using SuggestionDesk.Items;

namespace SuggestionDesk.Mail;

/// <summary>The report to send: which period, as of when, how long, its main figures, and the PDF itself.</summary>
/// <param name="Period">The period in the message's language, e.g. <c>2026年1—10月</c>.</param>
/// <param name="AsOf">The day the figures describe.</param>
/// <param name="Pages">The PDF's page count.</param>
/// <param name="Figures">The report's main figures.</param>
/// <param name="Pdf">The report.</param>
public sealed record ReportMail(string Period, DateOnly AsOf, int Pages, SummaryFigures Figures, MailAttachment Pdf);

/// <summary>Composes the message that carries the committee report: a short cover with the main figures, the PDF attached.</summary>
public static class ReportMessage
{
    /// <summary>The message to <paramref name="to"/> carrying <paramref name="mail"/>, in <paramref name="language"/>.</summary>
    public static RenderedMessage Compose(string to, ReportMail mail, Language language = Language.Chinese)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var chinese = language == Language.Chinese;
        var f = mail.Figures;
        var subject = chinese ? $"【报告】{mail.Period}人大代表建议办理情况" : $"[Report] Handling of deputies' suggestions, {mail.Period}";
        var intro = chinese
            ? $"附件是{mail.Period}人大代表建议办理情况报告（PDF，{mail.Pages} 页），数据截至 {mail.AsOf.Year}年{mail.AsOf.Month}月{mail.AsOf.Day}日。主要数据如下。"
            : $"Attached is the report on the handling of deputies' suggestions for {mail.Period} (PDF, {mail.Pages} pages), as of {mail.AsOf.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}. Its main figures:";
        IReadOnlyList<(string Zh, string En, string Value)> rows =
        [
            ("收到建议", "Items received", $"{f.Total}"),
            ("主办 / 承办 / 分办 / 会办", "Lead / sole / split / joint", $"{f.Lead} / {f.Sole} / {f.Split} / {f.Joint}"),
            // The rates as the report gives them: an item whose clock ran out without the step counts as late.
            ("按时签收率", "Signed for on time", Rate(f.SignedOnTimeRate, f.SignedOnTime, f.Signed + f.NotSignedPastDue)),
            ("按时答复率", "Replied on time", Rate(f.RepliedOnTimeRate, f.RepliedOnTime, f.Replied + f.NotRepliedPastDue)),
            ("需评价 / 已评价", "Evaluations needed / received", $"{f.EvaluationRequired} / {f.EvaluationReceived}"),
            ("满意 / 基本满意 / 不满意", "Satisfied / basically / unsatisfied", $"{f.Satisfied} / {f.BasicallySatisfied} / {f.Unsatisfied}"),
            ("答复已公开", "Replies published", $"{f.Published}"),
            ("逾期未办结", "Overdue", $"{f.Overdue}"),
        ];
        var table = new ContentBlock(chinese ? "主要数据" : "Main figures", 1,
            chinese ? ["项目", "数量"] : ["Figure", "Count"],
            rows.Select(r => new ContentRow([chinese ? r.Zh : r.En, r.Value])).ToArray());
        var content = new MessageContent(subject, chinese ? "您好：" : "Hello,", intro, [table],
            chinese ? "本邮件由 SuggestionDesk 按计划自动发送；报告全文见附件。" : "Sent on schedule by SuggestionDesk; the full report is attached.");
        return new RenderedMessage(to, subject, HtmlWriter.Write(content, chinese ? "zh-CN" : "en"), PlainTextWriter.Write(content))
        {
            Attachments = [mail.Pdf],
        };
    }

    private static string Rate(decimal? rate, int onTime, int due) => rate is { } r
        ? $"{(r * 100).ToString("0.#", CultureInfo.InvariantCulture)}% ({onTime} / {due})"
        : "—";
}
