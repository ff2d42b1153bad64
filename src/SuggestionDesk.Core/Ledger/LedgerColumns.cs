namespace SuggestionDesk.Ledger;

/// <summary>
/// The ledger's columns (one row per item), in the order an export writes them; headers are matched to them as
/// <see cref="LedgerColumnSet"/> says. The measures (办理措施) have columns of their own: <see cref="PointColumns"/>.
/// </summary>
public static class LedgerColumns
{
    /// <summary>编号: the number the congress gave the item, kept exactly as written.</summary>
    public static LedgerColumn Number { get; } = Required("Number", "编号", LedgerValueKind.Text, "建议编号", "提案编号", "建议号", "案号");
    /// <summary>标题.</summary>
    public static LedgerColumn Title { get; } = Required("Title", "标题", LedgerValueKind.Text, "建议标题", "提案标题", "题目", "案由");
    /// <summary>类别: Suggestion/建议 or Proposal/提案; empty means Suggestion.</summary>
    public static LedgerColumn Kind { get; } = Optional("Kind", "类别", LedgerValueKind.Choice, "建议类别", "件别");
    /// <summary>届次: the session, e.g. 市七届人大一次会议; fixed once the item exists.</summary>
    public static LedgerColumn Session { get; } = Required("Session", "届次", LedgerValueKind.Text, "会次", "会议", "届次会次");
    /// <summary>提出人: the lead deputy first, then co-signers.</summary>
    public static LedgerColumn Proposers { get; } = Required("Proposers", "提出人", LedgerValueKind.List, "领衔代表", "提出者", "代表", "提案人", "领衔人");
    /// <summary>办理类型: Lead/主办, Sole/承办, Split/分办, Joint/会办/汇办/协办.</summary>
    public static LedgerColumn Role { get; } = Required("Role", "办理类型", LedgerValueKind.Choice, "办理方式", "承办类型", "类型");
    /// <summary>主办单位: for Joint items, the unit that leads.</summary>
    public static LedgerColumn LeadUnit { get; } = Optional("LeadUnit", "主办单位", LedgerValueKind.Text, "牵头单位");
    /// <summary>承办部门: the department (处室) handling it.</summary>
    public static LedgerColumn Department { get; } = Required("Department", "承办部门", LedgerValueKind.Text, "承办处室", "处室", "部门", "责任部门", "责任处室");
    /// <summary>责任人: the handling officer.</summary>
    public static LedgerColumn Owner { get; } = Required("Owner", "责任人", LedgerValueKind.Text, "承办人", "经办人");
    /// <summary>责任人邮箱: where reminders go.</summary>
    public static LedgerColumn OwnerEmail { get; } = Optional("OwnerEmail", "责任人邮箱", LedgerValueKind.Text, "邮箱", "电子邮箱", "Email", "承办人邮箱");
    /// <summary>交办日期.</summary>
    public static LedgerColumn AssignedOn { get; } = Required("AssignedOn", "交办日期", LedgerValueKind.Date, "交办时间");
    /// <summary>签收日期.</summary>
    public static LedgerColumn SignedOn { get; } = Optional("SignedOn", "签收日期", LedgerValueKind.Date, "签收时间", "SignedForOn");
    /// <summary>答复日期.</summary>
    public static LedgerColumn RepliedOn { get; } = Optional("RepliedOn", "答复日期", LedgerValueKind.Date, "答复时间");
    /// <summary>办理结果: the reply's result class, A–D in the default scheme.</summary>
    public static LedgerColumn ResultClass { get; } = Optional("ResultClass", "办理结果", LedgerValueKind.Choice, "办理结果分类", "结果分类", "答复类别");
    /// <summary>
    /// 跟踪反馈期限: the date a class B reply promised its further answer by. Empty means none was promised (the
    /// deadline policy's default then applies, the end of the reply's year unless configured otherwise).
    /// </summary>
    public static LedgerColumn FollowUpDue { get; } = Optional("FollowUpDue", "跟踪反馈期限", LedgerValueKind.Date, "FollowUpBy", "跟踪反馈日期", "承诺反馈日期", "反馈期限");
    /// <summary>评价: Satisfied/满意, BasicallySatisfied/基本满意, Unsatisfied/不满意.</summary>
    public static LedgerColumn Evaluation { get; } = Optional("Evaluation", "评价", LedgerValueKind.Choice, "代表评价", "评价结果", "满意度");
    /// <summary>
    /// 评价日期: an evaluation has a date, though many ledgers do not record it. When the column is
    /// missing or empty, a new evaluation is dated on the reply date.
    /// </summary>
    public static LedgerColumn EvaluatedOn { get; } = Optional("EvaluatedOn", "评价日期", LedgerValueKind.Date, "评价时间");
    /// <summary>公开日期: the reply was published that day.</summary>
    public static LedgerColumn PublishedOn { get; } = Optional("PublishedOn", "公开日期", LedgerValueKind.Date, "公开时间");
    /// <summary>主题: topics such as 智慧城市、数字政府.</summary>
    public static LedgerColumn Topics { get; } = Optional("Topics", "主题", LedgerValueKind.List, "主题词", "关键词", "内容分类");
    /// <summary>领办领导: the leader who takes the item up in person, e.g. 张局长; empty when none does.</summary>
    public static LedgerColumn LeadingOfficial { get; } = Optional("LeadingOfficial", "领办领导", LedgerValueKind.Text, "领办人", "领办局领导", "领办领导人");
    /// <summary>重点类型: Key/重点, Difficult/难点, Hot/热点, several separated by 、 or a comma (重点、热点); empty for none.</summary>
    public static LedgerColumn Priority { get; } = Optional("Priority", "重点类型", LedgerValueKind.List, "Priorities", "重点难点热点", "重点分类", "重点建议类型");

    /// <summary>Every column, in export order.</summary>
    public static IReadOnlyList<LedgerColumn> All { get; } =
    [
        Number, Title, Kind, Session, Proposers, Role, LeadUnit, Department, Owner, OwnerEmail,
        AssignedOn, SignedOn, RepliedOn, ResultClass, FollowUpDue, Evaluation, EvaluatedOn, PublishedOn, Topics,
        LeadingOfficial, Priority,
    ];

    /// <summary>The ledger's columns as a set, for finding headers.</summary>
    public static LedgerColumnSet Set { get; } = new(
        () => Localization.Messages.WordLedgerColumn, () => Localization.Messages.WordLedgerColumns, () => Localization.Messages.WordLedger, All);

    /// <summary>The column a header names, or null when it names none.</summary>
    public static LedgerColumn? Find(string? header) => Set.Find(header);

    /// <summary>
    /// Whether <paramref name="header"/> heads the office's own row count (序号): its values are not imported and,
    /// unlike other unknown columns, it is not warned about; a row with nothing else is blank.
    /// </summary>
    public static bool IsRowIndex(string? header) => RowIndexKeys.Contains(LedgerColumnSet.Key(header));

    private static readonly HashSet<string> RowIndexKeys =
        new[] { "序号", "序", "行号", "No.", "No", "#", "Index" }.Select(LedgerColumnSet.Key).ToHashSet(StringComparer.Ordinal);

    private static LedgerColumn Required(string name, string chinese, LedgerValueKind kind, params string[] aliases) =>
        new(name, chinese, kind, IsRequired: true, aliases);

    private static LedgerColumn Optional(string name, string chinese, LedgerValueKind kind, params string[] aliases) =>
        new(name, chinese, kind, IsRequired: false, aliases);
}
