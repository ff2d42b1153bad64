namespace SuggestionDesk.Items;

/// <summary>
/// What each history action is called in Chinese, as an office's log says it: <c>SignFor</c> is 签收, <c>RecordContact</c>
/// 登记沟通. The action itself (<see cref="HistoryEntry.Action"/>) stays as scripts and stored rows know it.
/// </summary>
public static class HistoryActionNames
{
    private static readonly Dictionary<string, string> Chinese = new(StringComparer.Ordinal)
    {
        ["Create"] = "登记",
        ["Edit"] = "修改",
        ["Assign"] = "交办",
        ["SignFor"] = "签收",
        ["RecordContact"] = "登记沟通",
        ["RequestReturn"] = "申请退回",
        ["ApproveReturn"] = "同意退回",
        ["RejectReturn"] = "不同意退回",
        ["RequestExtension"] = "申请延期",
        ["ApproveExtension"] = "同意延期",
        ["RejectExtension"] = "不同意延期",
        ["ReportProgress"] = "报告进展",
        ["Reply"] = "答复",
        ["FollowUp"] = "跟踪反馈",
        ["AttachReplyDocument"] = "上传答复函",
        ["Evaluate"] = "评价",
        ["DecideDisclosure"] = "公开决定",
        ["Publish"] = "公开",
        ["AddPoint"] = "新增要点",
        ["ChangePoint"] = "修改要点",
        ["RemovePoint"] = "删除要点",
        ["Remove"] = "删除",
    };

    /// <summary>Every action an item records, for tests and completion.</summary>
    public static IReadOnlyCollection<string> Actions => Chinese.Keys;

    /// <summary>The Chinese name of <paramref name="action"/>, e.g. 签收; an action this version does not know stays as it is.</summary>
    public static string ChineseName(string action) => Chinese.GetValueOrDefault(action, action);
}
