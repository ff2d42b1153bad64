using System.Text;
using Microsoft.AspNetCore.Http;
using SuggestionDesk.Actions;
using SuggestionDesk.Calendar;
using SuggestionDesk.Items;
using static System.Net.WebUtility;

namespace SuggestionDesk.Web.Pages;

/// <summary>
/// A link's page with its form: the item, then the fields the action needs, posted back to the same address with the
/// version the item was shown at and the anti-forgery field. A form sent back with an error shows what was filled in.
/// </summary>
internal static class FormPage
{
    public static PageWriter Write(FormPageModel model, PageText text)
    {
        var (link, item) = (model.Link, model.Item);
        var followUp = link.Action == ItemAction.Reply && item.FollowUpPending;
        var title = followUp ? text.T("提交跟踪办理答复", "Record the follow-up") : text.Action(link.Action);
        var page = new PageWriter(text, $"{title} · {item.Number.Value}").Heading(title);
        page.Raw(ItemSummary.Html(item, model.Deadlines, model.Today, text));
        if (model.Error is { } error)
        {
            page.Raw($"<p class=\"error\" role=\"alert\">{HtmlEncode(error)}</p>\n");
        }

        var multipart = link.Action == ItemAction.Reply && model.KeepsDocuments;
        var form = new StringBuilder(multipart ? "<form method=\"post\" enctype=\"multipart/form-data\">\n" : "<form method=\"post\">\n");
        Hidden(form, FormReader.Version, item.Version ?? string.Empty);
        Hidden(form, FormGuard.Field, model.Guard);
        var fields = new Fields(form, model.Values, model.Today);
        switch (link.Action)
        {
            case ItemAction.SignFor:
                fields.Date(FormReader.Date, text.T("签收日期", "Signed for on"));
                break;
            case ItemAction.LogContact:
                fields.Date(FormReader.Date, text.T("沟通日期", "Date of the contact"));
                fields.Select(FormReader.Method, text.T("沟通方式", "How"), Enum.GetValues<ContactMethod>().Select(m => (m.ToString(), text.Method(m))), required: true);
                fields.Select(FormReader.Phase, text.T("沟通阶段", "Phase"), Enum.GetValues<ContactPhase>().Select(p => (p.ToString(), text.Phase(p))), required: false, none: text.T("（不填）", "(not given)"));
                fields.Text(FormReader.Text, text.T("沟通情况", "What was discussed"), required: false);
                break;
            case ItemAction.ReportProgress:
                fields.Date(FormReader.Date, text.T("日期", "Date"));
                fields.Text(FormReader.Text, text.T("办理进展", "Progress"), required: true);
                break;
            case ItemAction.RequestExtension:
                fields.Date(FormReader.NewDueDate, text.T("申请延期至", "New due date asked for"), future: true);
                fields.Text(FormReader.Text, text.T("延期理由", "Reason"), required: true);
                break;
            case ItemAction.RequestReturn:
                fields.Text(FormReader.Text, text.T("退回理由（应由哪个单位办理）", "Reason (and which unit it belongs to)"), required: true);
                break;
            case ItemAction.Reply:
                fields.Date(FormReader.Date, text.T("答复日期", "Reply date"));
                var needsClass = followUp || item.Role.NeedsResultClass();
                fields.Select(FormReader.ResultClass, text.T("办理结果分类", "Result class"),
                    ResultClassScheme.Default.Classes.Select(c => (c.Code, $"{c.Code} {c.Label}")), required: needsClass, none: needsClass ? null : text.T("（会办意见可不填）", "(a Joint opinion may go without)"));
                fields.Text(FormReader.Text, text.T("答复内容", "Reply text"), required: false);
                if (model.KeepsDocuments)
                {
                    form.Append("<label for=\"document\">").Append(HtmlEncode(text.T("答复函（PDF，可选）", "Reply document (PDF, optional)"))).Append("</label>\n")
                        .Append("<input id=\"document\" type=\"file\" name=\"").Append(FormReader.Document).Append("\" accept=\"application/pdf,.pdf\">\n");
                }

                break;
        }

        form.Append("<button type=\"submit\">").Append(HtmlEncode(title)).Append("</button>\n</form>\n");
        page.Raw(form.ToString());
        page.Paragraph(text.T(
            $"此链接只能使用一次，有效期至 {PageText.Time(link.ExpiresAt)}。提交后督办室的台账即更新。",
            $"This link works once, until {PageText.Time(link.ExpiresAt)}. Submitting updates the office's record."), "note");
        return page;
    }

    private static void Hidden(StringBuilder form, string name, string value) =>
        form.Append("<input type=\"hidden\" name=\"").Append(name).Append("\" value=\"").Append(HtmlEncode(value)).Append("\">\n");

    /// <summary>Writes fields, filled with what was sent back when a form is shown again.</summary>
    private sealed class Fields(StringBuilder form, IFormCollection? values, DateOnly today)
    {
        public void Date(string name, string label, bool future = false)
        {
            var value = values?[name].ToString() is { Length: > 0 } sent ? sent : future ? string.Empty : PageText.Date(today);
            var bound = future ? $" min=\"{PageText.Date(today.AddDays(1))}\"" : $" max=\"{PageText.Date(today)}\"";
            Label(name, label);
            form.Append("<input id=\"").Append(name).Append("\" type=\"date\" name=\"").Append(name).Append("\" value=\"").Append(HtmlEncode(value)).Append('"')
                .Append(bound).Append(" required>\n");
        }

        public void Select(string name, string label, IEnumerable<(string Value, string Text)> options, bool required, string? none = null)
        {
            var chosen = values?[name].ToString();
            Label(name, label);
            form.Append("<select id=\"").Append(name).Append("\" name=\"").Append(name).Append('"').Append(required ? " required" : string.Empty).Append(">\n");
            if (none is not null || required)
            {
                form.Append("<option value=\"\">").Append(HtmlEncode(none ?? "—")).Append("</option>\n");
            }

            foreach (var (value, text) in options)
            {
                form.Append("<option value=\"").Append(HtmlEncode(value)).Append('"').Append(value == chosen ? " selected" : string.Empty).Append('>')
                    .Append(HtmlEncode(text)).Append("</option>\n");
            }

            form.Append("</select>\n");
        }

        public void Text(string name, string label, bool required)
        {
            Label(name, label);
            form.Append("<textarea id=\"").Append(name).Append("\" name=\"").Append(name).Append('"').Append(required ? " required" : string.Empty).Append('>')
                .Append(HtmlEncode(values?[name].ToString() ?? string.Empty)).Append("</textarea>\n");
        }

        private void Label(string name, string label) =>
            form.Append("<label for=\"").Append(name).Append("\">").Append(HtmlEncode(label)).Append("</label>\n");
    }
}

/// <summary>What a form page shows.</summary>
internal sealed record FormPageModel(
    ActionLink Link, SuggestionItem Item, ItemDeadlines Deadlines, DateOnly Today, string Guard, bool KeepsDocuments, IFormCollection? Values = null, string? Error = null);
