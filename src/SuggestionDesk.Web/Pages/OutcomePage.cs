using Microsoft.AspNetCore.Http;
using SuggestionDesk.Actions;
using SuggestionDesk.Calendar;
using SuggestionDesk.Items;

namespace SuggestionDesk.Web.Pages;

/// <summary>The pages that end a visit: what was recorded, or why the link did nothing, with the matching status code.</summary>
internal static class OutcomePage
{
    /// <summary>The page after the change was made.</summary>
    public static PageWriter Done(ActionLink link, SuggestionItem item, ItemDeadlines deadlines, DateOnly today, PageText text)
    {
        var page = new PageWriter(text, $"{text.T("已提交", "Recorded")} · {item.Number.Value}")
            .Heading(text.T($"已提交：{text.Action(link.Action)}", $"Recorded: {text.Action(link.Action)}"));
        page.Raw(ItemSummary.Html(item, deadlines, today, text));
        page.Paragraph(text.T(
            "已记入督办室的办理记录（经邮件链接提交）。此链接已失效，无需再次提交。",
            "It is in the office's record now (made through the mail link). This link has done its work; there is nothing to send again."), "done");
        return page;
    }

    /// <summary>The page for a refusal, and its status code.</summary>
    public static (PageWriter Page, int Status) Refused(ActionResult result, PageText text)
    {
        var link = result.Link;
        var (status, heading, detail) = result.Refusal switch
        {
            ActionRefusal.Damaged => (StatusCodes.Status400BadRequest, text.T("链接不完整", "This link is incomplete"),
                text.T("链接在传递中被截断或改动了。请直接点击提醒邮件中的链接，或完整复制整个链接。", "It was cut short or altered on its way. Click the link in the reminder itself, or copy all of it.")),
            ActionRefusal.Unknown => (StatusCodes.Status404NotFound, text.T("链接无效", "This link is not valid"),
                text.T("本系统没有发出过这个链接。请使用提醒邮件中的链接，或联系督办室。", "This office never issued it. Use the link in your reminder, or contact the office.")),
            ActionRefusal.Used => (StatusCodes.Status410Gone, text.T("链接已使用", "This link was used already"),
                text.T($"每个链接只能使用一次，此链接已于 {When(link?.UsedAt)} 使用。", $"Each link works once; this one was used at {When(link?.UsedAt)}.")),
            ActionRefusal.Expired => (StatusCodes.Status410Gone, text.T("链接已过期", "This link has expired"),
                text.T($"此链接已于 {When(link?.ExpiresAt)} 过期。下一封提醒邮件会带有新的链接，急需办理请联系督办室。", $"It expired at {When(link?.ExpiresAt)}. The next reminder brings new links; if it is urgent, contact the office.")),
            ActionRefusal.Revoked => (StatusCodes.Status410Gone, text.T("链接已撤销", "This link was revoked"),
                text.T($"督办室已于 {When(link?.RevokedAt)} 撤销此链接。请联系督办室。", $"The office revoked it at {When(link?.RevokedAt)}. Contact the office.")),
            ActionRefusal.SignInRequired => (StatusCodes.Status401Unauthorized, text.T("需要登录", "Sign-in required"),
                text.T("请用单位账号登录后再打开链接。", "Sign in with your work account, then open the link again.")),
            ActionRefusal.WrongUser => (StatusCodes.Status403Forbidden, text.T("无权使用此链接", "This link is not yours"),
                text.T("此链接是发给另一位同事的。请用收到提醒邮件的账号登录，或由处室负责人办理。", "It was sent to someone else. Sign in as the person the reminder went to, or ask the department's head.")),
            ActionRefusal.TurnedOff => (StatusCodes.Status403Forbidden, text.T("请通过督办室办理", "Please go through the office"),
                text.T($"督办室已设定“{Action(link, text)}”不通过邮件链接办理，请联系督办室。", $"The office takes “{Action(link, text)}” only through itself; please contact the office.")),
            ActionRefusal.ItemGone => (StatusCodes.Status404NotFound, text.T("建议已不在台账中", "The item is no longer in the record"),
                text.T("此建议已从督办室的台账中移除，请联系督办室。", "The office removed it from its record; contact the office.")),
            ActionRefusal.Stale => (StatusCodes.Status409Conflict, text.T("页面已过时", "This page is out of date"),
                text.T("您打开页面后，此建议已有更新。请重新打开链接，核对后再提交。", "The item changed after you opened the page. Open the link again, check, and send it again.")),
            ActionRefusal.NotOpen => (StatusCodes.Status409Conflict, text.T($"目前不能{Action(link, text)}", $"“{Action(link, text)}” is not possible now"),
                result.Block is { } block ? text.T($"此建议{text.Block(block)}。", $"On this item {text.Block(block)}.") : string.Empty),
            _ => (StatusCodes.Status400BadRequest, text.T("提交的内容有误", "Something in the form was refused"), result.Detail ?? string.Empty),
        };

        var page = new PageWriter(text, heading).Heading(heading);
        if (result.Item is { } item)
        {
            page.Paragraph($"{item.Number.Value} {item.Title}", "number");
        }

        page.Paragraph(detail).Paragraph(text.NothingChanged, "note");
        if (result.Refusal == ActionRefusal.Stale)
        {
            page.Link(text.T("重新打开", "Open it again"), string.Empty);
        }

        return (page, status);
    }

    /// <summary>The page for a form that did not come from this link's page (or came without its cookie).</summary>
    public static PageWriter Unguarded(PageText text) =>
        new PageWriter(text, text.T("表单已失效", "This form has expired"))
            .Heading(text.T("表单已失效", "This form has expired"))
            .Paragraph(text.T("请重新打开提醒邮件中的链接，再填写提交。", "Open the link in the reminder again, then fill in the form and send it."))
            .Paragraph(text.NothingChanged, "note");

    private static string When(DateTimeOffset? at) => at is { } time ? PageText.Time(time) : "—";

    private static string Action(ActionLink? link, PageText text) => link is null ? string.Empty : text.Action(link.Action);
}
