using SuggestionDesk.Calendar;
using SuggestionDesk.Items;
using SuggestionDesk.Reminders;

namespace SuggestionDesk.Mail;

/// <summary>
/// The words of a message in Chinese. Items are called by their kind: 建议 (a deputy's), 提案 (a member's), or 建议提案
/// when the message is about both.
/// </summary>
/// <param name="noun">What the items are called: 建议, 提案 or 建议提案 (<see cref="Noun"/>).</param>
internal sealed class ChineseWords(string noun) : MessageWords
{
    /// <summary>What a message about items of <paramref name="kinds"/> calls them; 建议 when it does not say.</summary>
    public static string Noun(IReadOnlySet<ItemKind>? kinds) => ItemKindNames.ChineseNoun(kinds ?? new HashSet<ItemKind>());

    /// <summary>What the items are called.</summary>
    public string Items => noun;

    public override string HtmlLanguage => "zh-CN";
    public override string Greeting => "您好：";
    public override string ReminderIntro => $"以下{noun}的办理期限需要您关注，请及时办理。";
    public override string DigestIntro => $"以下是本周在办{noun}的办理情况（定期询办）。";
    public override string NotePrefix => "计算依据：";
    public override string Footer => "此邮件由 SuggestionDesk 自动发送，如有疑问请联系督办室。";
    public override string None => "—";
    public override IReadOnlyList<string> DigestColumns => ["编号", "标题", "承办处室", "承办人", "下一期限", "到期日", "状态"];

    public override IReadOnlyList<string> LineColumns(bool withHandler) =>
        withHandler ? ["编号", "标题", "承办", "期限", "到期日", "状态"] : ["编号", "标题", "期限", "到期日", "状态"];

    public override string SectionHeading(RecipientRole role, int officeAfterWorkingDaysLate) => role switch
    {
        RecipientRole.Owner => $"您承办的{noun}",
        RecipientRole.InsteadOfOwner => $"承办人未登记邮箱的{noun}（请转告承办人，并补登其邮箱）",
        RecipientRole.DepartmentHead => $"本部门已逾期的{noun}",
        _ => $"逾期{officeAfterWorkingDaysLate}个工作日及以上的{noun}（督办）",
    };

    public override string DigestHeading(DigestSection digest) =>
        digest.Department is { } department ? $"{department}在办{noun}：共 {digest.Total} 件" : $"本周在办{noun}：共 {digest.Total} 件";

    public override string GroupHeading(ItemStatus status, int count) => $"{Status(status)}：{count} 件";
    public override string InFollowUpHeading(int count) => $"跟踪办理中：{count} 件";
    public override string EvaluationChaseClock => "征询评价";

    public override string Status(ItemStatus status) => status switch
    {
        ItemStatus.Assigned => "已交办（待签收）",
        ItemStatus.SignedFor => "已签收（办理中）",
        ItemStatus.Replied => "已答复（待评价）",
        ItemStatus.Rehandling => "重新办理",
        ItemStatus.Closed => "已办结",
        ItemStatus.Returned => "已退回",
        _ => status.ToString(),
    };

    public override string Status(ReminderStatus status) => status.ToChinese();
    protected override string BreakMarkOpen => "（";
    protected override string BreakMarkClose => "）";

    public override string BreakMark(HolidayBreak coming, DateOnly due) =>
        coming.WorkingDayAfter(due) is var day and > 0 ? $"节后第{day}个工作日到期" : "假期中到期";

    public override string BreakNotice(HolidayBreak coming)
    {
        var window = coming.WorkingDaysAfter.Count > 0
            ? $"在假期中或节后{coming.WorkingDaysAfter.Count}个工作日内（至{coming.WarnThrough:yyyy-MM-dd}，含当日）到期"
            : "在假期中到期";
        return $"{coming.ChineseName}：{coming.From:yyyy-MM-dd}至{coming.To:yyyy-MM-dd}放假，共{coming.Days}天。以下标明“假期中到期”或“节后第…个工作日到期”的期限{window}，请在节前安排办理。";
    }

    public override string WithoutAddressHeading(int count) => $"承办人未登记邮箱（{count} 件）：其提醒改发处室负责人或督办室，请补登邮箱";
    public override string Clock(ReminderLine line) => line.ClockChinese;
    public override string Clock(DeadlineClock clock) => clock.ChineseName();
    public override string Explanation(ReminderLine line) => line.ExplanationChinese;
    public override string Handler(string department, string owner) => $"{department} {owner}";
}
