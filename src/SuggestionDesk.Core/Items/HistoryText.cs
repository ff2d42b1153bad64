namespace SuggestionDesk.Items;

/// <summary>
/// A history entry as one line of a record, the way an office writes its log: <c>Reply 2021-05-20 A</c>,
/// <c>Contact 2021-10-11 电话 办时: 与代表电话沟通办理方案</c>, <c>SignFor 2021-03-16</c>, <c>Edit Title: 旧标题 → 新标题</c>.
/// Field paths and identifiers (<c>Contacts[3f2a…].Method</c>) stay in <see cref="HistoryEntry.Changes"/> for whoever
/// needs the detail.
/// </summary>
public static class HistoryText
{
    // The item's own fields as the office names them; a field not listed (a path into a list) stays as recorded.
    private static readonly Dictionary<string, string> FieldNames = new(StringComparer.Ordinal)
    {
        ["Title"] = "标题", ["Owner"] = "承办人", ["OwnerEmail"] = "承办人邮箱", ["Department"] = "承办处室", ["Role"] = "办理类型",
        ["LeadUnit"] = "主办单位", ["LeadingOfficial"] = "领办领导", ["Priorities"] = "重点类型", ["Topics"] = "主题",
        ["LeadProposer"] = "领衔人", ["CoSigners"] = "附议人", ["Kind"] = "类别", ["AssignedOn"] = "交办日期", ["Status"] = "状态",
    };

    /// <summary>The line for <paramref name="entry"/>, in the log's English words (scripts and stored records read it).</summary>
    public static string Describe(HistoryEntry entry) => Describe(entry, chinese: false);

    /// <summary>
    /// The line for <paramref name="entry"/>; with <paramref name="chinese"/>, as an office's Chinese log says it:
    /// <c>签收 2021-03-16</c>, <c>登记沟通 2021-10-11 电话 办时：与代表电话沟通办理方案</c>, <c>修改 承办人：王芳 → 赵磊</c>.
    /// </summary>
    public static string Describe(HistoryEntry entry, bool chinese)
    {
        ArgumentNullException.ThrowIfNull(entry);
        // By the field's last name; the first of a name wins (a Create entry may carry a reply's and an evaluation's Date).
        var to = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var change in entry.Changes.Where(c => c.To is not null))
        {
            to.TryAdd(Leaf(change.Field), change.To!);
        }

        string? Value(string field) => to.GetValueOrDefault(field);
        // The line opens with what was done: the log's English word, or the action's Chinese name.
        string Word(string english) => chinese ? HistoryActionNames.ChineseName(entry.Action) : english;
        string Note(string? text) => HistoryText.Note(text, chinese);
        var line = entry.Action switch
        {
            "Create" => Join(Word("Create"), Value("AssignedOn"), Role(Value("Role")), Value("Department"), Value("Owner"), Status(Value("Status"), chinese)),
            "SignFor" => Join(Word("SignFor"), Value("SignedForOn")),
            "Reply" or "FollowUp" => Join(Word(entry.Action), Value("Date"), Value("ResultClass"), Value("FollowUpBy") is { } promised ? $"→ {promised}" : null),
            "Evaluate" => Join(Word("Evaluate"), Value("Date"), Evaluation(Value("Result"))),
            "RecordContact" => Join(Word("Contact"), Value("Date"), Method(Value("Method")), Phase(Value("Phase"))) + Note(Value("Note")),
            "RequestReturn" => Join(Word("RequestReturn"), Value("RequestedOn")) + Note(Value("Reason")),
            "ApproveReturn" or "RejectReturn" or "ApproveExtension" or "RejectExtension" => Join(Word(entry.Action), Value("DecidedOn"), Value("DecidedBy")),
            "RequestExtension" => Join(Word("RequestExtension"), Value("RequestedOn"), Value("NewDueDate") is { } due ? $"→ {due}" : null) + Note(Value("Reason")),
            "ReportProgress" => Join(Word("Progress"), Value("Date")) + Note(Value("Text")),
            "AttachReplyDocument" => Join(Word("ReplyDocument"), Value("ReplyDate"), Value("FileName")),
            "DecideDisclosure" => Join(Word("DecideDisclosure"), Value("DecidedOn"), Decision(Value("Decision"), chinese)) + Note(Value("Reason")),
            "Publish" => Join(Word("Publish"), Value("PublishedOn")),
            "AddPoint" => Join(Word("AddPoint"), PointNumber(entry, chinese)) + Note(Value("Title")),
            "ChangePoint" => Join(Word("ChangePoint"), PointNumber(entry, chinese)) + PointChange(entry, chinese),
            "RemovePoint" => Join(Word("RemovePoint"), PointNumber(entry, chinese)) + Note(entry.Changes.FirstOrDefault(c => Leaf(c.Field) == "Title")?.From),
            "Remove" => Word("Remove"),
            _ => null,
        };
        return line ?? Fields(entry, chinese);
    }

    // "Replies[2].Date" → "Date", "Contacts[3f2a…].Method" → "Method", "Return.DecidedOn" → "DecidedOn".
    private static string Leaf(string field) => field[(field.LastIndexOf('.') + 1)..];

    // "SubPoints[2].Title" → "2", in Chinese "第2条".
    private static string? PointNumber(HistoryEntry entry, bool chinese) =>
        entry.Changes.Select(c => c.Field).FirstOrDefault(f => f.StartsWith("SubPoints[", StringComparison.Ordinal)) is { } field
            ? field["SubPoints[".Length..field.IndexOf(']', StringComparison.Ordinal)] is var number && chinese ? $"第{number}条" : number
            : null;

    // ": wording 新措辞; measures 1,234 characters" (in Chinese "：措辞 新措辞；办理措施 1,234 字") — the measures are long,
    // so their size stands for them.
    private static string PointChange(HistoryEntry entry, bool chinese)
    {
        var parts = entry.Changes.Select(c => Leaf(c.Field) switch
        {
            "Title" => (chinese ? "措辞 " : "wording ") + TextRules.Shorten(c.To ?? "∅"),
            "Measures" => c.To is null
                ? (chinese ? "办理措施已清空" : "measures cleared")
                : chinese
                    ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"办理措施 {c.To.Length:N0} 字")
                    : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"measures {c.To.Length:N0} characters"),
            _ => null,
        }).OfType<string>().ToArray();
        return parts.Length == 0 ? string.Empty : (chinese ? "：" : ": ") + string.Join(chinese ? "；" : "; ", parts);
    }

    // "Edit Title: 旧 → 新; Owner: 王芳 → 赵磊", in Chinese "修改 标题：旧 → 新；承办人：王芳 → 赵磊".
    private static string Fields(HistoryEntry entry, bool chinese) =>
        (chinese ? HistoryActionNames.ChineseName(entry.Action) : entry.Action) + " " + string.Join(chinese ? "；" : "; ", entry.Changes.Select(c =>
            $"{(chinese ? FieldNames.GetValueOrDefault(c.Field, c.Field) : c.Field)}{(chinese ? "：" : ": ")}{TextRules.Shorten(c.From ?? "∅")} → {TextRules.Shorten(c.To ?? "∅")}"));

    private static string Join(params string?[] parts) => string.Join(' ', parts.Where(p => !string.IsNullOrEmpty(p)));

    private static string Note(string? text, bool chinese) =>
        string.IsNullOrWhiteSpace(text) ? string.Empty : (chinese ? "：" : ": ") + TextRules.Shorten(text.ReplaceLineEndings(" "));

    // The status an imported item was created in; Assigned, where every item starts, goes unsaid.
    private static string? Status(string? status, bool chinese) =>
        status == nameof(ItemStatus.Assigned) ? null
        : chinese && Enum.TryParse<ItemStatus>(status, out var value) ? value.ChineseName() : status;

    private static string? Decision(string? decision, bool chinese) => (chinese, decision) switch
    {
        (true, nameof(DisclosureDecision.Publish)) => "公开",
        (true, nameof(DisclosureDecision.Withhold)) => "不公开",
        _ => decision,
    };

    private static string? Role(string? role) =>
        Enum.TryParse<HandlingRole>(role, out var value) ? value.ChineseName() : role;

    private static string? Method(string? method) =>
        Enum.TryParse<ContactMethod>(method, out var value) ? value.ChineseName() : method;

    private static string? Phase(string? phase) =>
        Enum.TryParse<ContactPhase>(phase, out var value) ? value.ChineseName() : phase;

    private static string? Evaluation(string? result) =>
        Enum.TryParse<EvaluationResult>(result, out var value) ? value.ChineseName() : result;
}
