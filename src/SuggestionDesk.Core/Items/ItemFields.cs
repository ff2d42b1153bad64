using System.Globalization;

namespace SuggestionDesk.Items;

/// <summary>
/// Flattens an item's state into named fields so that a change can be described as "what changed from
/// what to what", whichever method made it. A field added to <see cref="ItemSnapshot"/> must be listed here.
/// </summary>
internal static class ItemFields
{
    /// <summary>The fields that differ; a null <paramref name="before"/> means the item is new and every set field counts.</summary>
    public static IReadOnlyList<FieldChange> Diff(ItemSnapshot? before, ItemSnapshot after)
    {
        var from = before is null ? [] : Flatten(before);
        var to = Flatten(after);
        var changes = new List<FieldChange>();
        foreach (var field in from.Keys.Union(to.Keys).Order(StringComparer.Ordinal))
        {
            from.TryGetValue(field, out var oldValue);
            to.TryGetValue(field, out var newValue);
            if (!string.Equals(oldValue, newValue, StringComparison.Ordinal))
            {
                changes.Add(new FieldChange(field, oldValue, newValue));
            }
        }

        return changes;
    }

    public static Dictionary<string, string?> Flatten(ItemSnapshot s)
    {
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["Kind"] = s.Kind.ToString(),
            ["Session"] = Text(s.Session),
            ["Title"] = Text(s.Title),
            ["Proposers.Lead"] = Text(s.LeadProposer),
            ["Proposers.CoSigners"] = Join(s.CoSigners),
            ["Topics"] = Join(s.Topics),
            ["Role"] = s.Role.ToString(),
            ["LeadUnit"] = s.LeadUnit,
            ["Department"] = Text(s.Department),
            ["Owner"] = Text(s.Owner),
            ["OwnerEmail"] = s.OwnerEmail,
            ["LeadingOfficial"] = s.LeadingOfficial,
            ["Priorities"] = s.Priorities.Count == 0 ? null : string.Join("、", s.Priorities),
            ["AssignedOn"] = Date(s.AssignedOn),
            ["Status"] = s.Status.ToString(),
            ["SignedForOn"] = Date(s.SignedForOn),
            ["FollowUpPending"] = s.FollowUpPending ? "True" : null,
        };

        Add(fields, "SubPoints", s.SubPoints, p => [("Title", p.Title), ("Measures", p.Measures)]);
        Add(fields, "Extensions", s.Extensions, e =>
        [
            ("NewDueDate", Date(e.NewDueDate)), ("Reason", e.Reason), ("RequestedOn", Date(e.RequestedOn)),
            ("RequestedBy", e.RequestedBy), ("State", e.State.ToString()), ("DecidedBy", e.DecidedBy), ("DecidedOn", Date(e.DecidedOn)),
        ]);
        Add(fields, "Replies", s.Replies, r =>
            [("Date", Date(r.Date)), ("ResultClass", r.ResultClass?.Code), ("Text", r.Text), ("Round", r.Round.ToString()), ("FollowUpBy", Date(r.FollowUpBy))]);
        Add(fields, "Evaluations", s.Evaluations, e =>
            [("Date", Date(e.Date)), ("Result", e.Result.ToString()), ("Comment", e.Comment)]);
        if (s.Return is { } r)
        {
            fields["Return.RequestedOn"] = Date(r.RequestedOn);
            fields["Return.Reason"] = r.Reason;
            fields["Return.State"] = r.State.ToString();
            fields["Return.DecidedBy"] = r.DecidedBy;
            fields["Return.DecidedOn"] = Date(r.DecidedOn);
        }

        if (s.Disclosure is { } d)
        {
            fields["Disclosure.Decision"] = d.Decision.ToString();
            fields["Disclosure.DecidedOn"] = Date(d.DecidedOn);
            fields["Disclosure.Reason"] = d.Reason;
            fields["Disclosure.PublishedOn"] = Date(d.PublishedOn);
        }

        Add(fields, "Progress", s.Progress, p => [("Date", Date(p.Date)), ("Text", p.Text), ("ReportedBy", p.ReportedBy)]);
        Add(fields, "ReplyDocuments", s.ReplyDocuments, d =>
            [("ReplyDate", Date(d.ReplyDate)), ("Name", d.Name), ("FileName", d.FileName), ("Bytes", d.Bytes.ToString(CultureInfo.InvariantCulture))]);

        return fields;
    }

    private static void Add<T>(
        Dictionary<string, string?> fields, string name, IReadOnlyList<T> list, Func<T, (string Field, string? Value)[]> parts)
    {
        for (var i = 0; i < list.Count; i++)
        {
            foreach (var (field, value) in parts(list[i]))
            {
                fields[$"{name}[{i + 1}].{field}"] = value;
            }
        }
    }

    private static string? Text(string value) => value.Length == 0 ? null : value;

    private static string? Join(IReadOnlyList<string> values) => values.Count == 0 ? null : string.Join("、", values);

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
