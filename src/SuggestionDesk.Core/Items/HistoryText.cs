namespace SuggestionDesk.Items;

/// <summary>
/// A history entry as one line of a record, the way an office writes its log: <c>Reply 2021-05-20 A</c>,
/// <c>Contact 2021-10-11 电话 办时: 与代表电话沟通办理方案</c>, <c>SignFor 2021-03-16</c>, <c>Edit Title: 旧标题 → 新标题</c>.
/// Field paths and identifiers (<c>Contacts[3f2a…].Method</c>) stay in <see cref="HistoryEntry.Changes"/> for whoever
/// needs the detail.
/// </summary>
public static class HistoryText
{
    /// <summary>The line for <paramref name="entry"/>.</summary>
    public static string Describe(HistoryEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        // By the field's last name; the first of a name wins (a Create entry may carry a reply's and an evaluation's Date).
        var to = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var change in entry.Changes.Where(c => c.To is not null))
        {
            to.TryAdd(Leaf(change.Field), change.To!);
        }

        string? Value(string field) => to.GetValueOrDefault(field);
        var line = entry.Action switch
        {
            "Create" => Join("Create", Value("AssignedOn"), Role(Value("Role")), Value("Department"), Value("Owner"), Status(Value("Status"))),
            "SignFor" => Join("SignFor", Value("SignedForOn")),
            "Reply" or "FollowUp" => Join(entry.Action, Value("Date"), Value("ResultClass"), Value("FollowUpBy") is { } promised ? $"→ {promised}" : null),
            "Evaluate" => Join("Evaluate", Value("Date"), Evaluation(Value("Result"))),
            "RecordContact" => Join("Contact", Value("Date"), Method(Value("Method")), Phase(Value("Phase"))) + Note(Value("Note")),
            "RequestReturn" => Join("RequestReturn", Value("RequestedOn")) + Note(Value("Reason")),
            "ApproveReturn" or "RejectReturn" or "ApproveExtension" or "RejectExtension" => Join(entry.Action, Value("DecidedOn"), Value("DecidedBy")),
            "RequestExtension" => Join("RequestExtension", Value("RequestedOn"), Value("NewDueDate") is { } due ? $"→ {due}" : null) + Note(Value("Reason")),
            "ReportProgress" => Join("Progress", Value("Date")) + Note(Value("Text")),
            "AttachReplyDocument" => Join("ReplyDocument", Value("ReplyDate"), Value("FileName")),
            "DecideDisclosure" => Join("DecideDisclosure", Value("DecidedOn"), Value("Decision")) + Note(Value("Reason")),
            "Publish" => Join("Publish", Value("PublishedOn")),
            "AddPoint" => Join("AddPoint", PointNumber(entry)) + Note(Value("Title")),
            "ChangePoint" => Join("ChangePoint", PointNumber(entry)) + PointChange(entry),
            "RemovePoint" => Join("RemovePoint", PointNumber(entry)) + Note(entry.Changes.FirstOrDefault(c => Leaf(c.Field) == "Title")?.From),
            "Remove" => "Remove",
            _ => null,
        };
        return line ?? Fields(entry);
    }

    // "Replies[2].Date" → "Date", "Contacts[3f2a…].Method" → "Method", "Return.DecidedOn" → "DecidedOn".
    private static string Leaf(string field) => field[(field.LastIndexOf('.') + 1)..];

    // "SubPoints[2].Title" → "2".
    private static string? PointNumber(HistoryEntry entry) =>
        entry.Changes.Select(c => c.Field).FirstOrDefault(f => f.StartsWith("SubPoints[", StringComparison.Ordinal)) is { } field
            ? field["SubPoints[".Length..field.IndexOf(']', StringComparison.Ordinal)]
            : null;

    // ": wording 新措辞; measures 1,234 characters" — the measures are long, so their size stands for them.
    private static string PointChange(HistoryEntry entry)
    {
        var parts = entry.Changes.Select(c => Leaf(c.Field) switch
        {
            "Title" => "wording " + TextRules.Shorten(c.To ?? "∅"),
            "Measures" => c.To is null ? "measures cleared" : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"measures {c.To.Length:N0} characters"),
            _ => null,
        }).OfType<string>().ToArray();
        return parts.Length == 0 ? string.Empty : ": " + string.Join("; ", parts);
    }

    private static string Fields(HistoryEntry entry) =>
        entry.Action + " " + string.Join("; ", entry.Changes.Select(c => $"{c.Field}: {TextRules.Shorten(c.From ?? "∅")} → {TextRules.Shorten(c.To ?? "∅")}"));

    private static string Join(params string?[] parts) => string.Join(' ', parts.Where(p => !string.IsNullOrEmpty(p)));

    private static string Note(string? text) => string.IsNullOrWhiteSpace(text) ? string.Empty : ": " + TextRules.Shorten(text.ReplaceLineEndings(" "));

    private static string? Role(string? role) =>
        Enum.TryParse<HandlingRole>(role, out var value) ? value.ChineseName() : role;

    private static string? Status(string? status) => status == nameof(ItemStatus.Assigned) ? null : status;

    private static string? Method(string? method) =>
        Enum.TryParse<ContactMethod>(method, out var value) ? value.ChineseName() : method;

    private static string? Phase(string? phase) =>
        Enum.TryParse<ContactPhase>(phase, out var value) ? value.ChineseName() : phase;

    private static string? Evaluation(string? result) =>
        Enum.TryParse<EvaluationResult>(result, out var value) ? value.ChineseName() : result;
}
