namespace SuggestionDesk.Items;

/// <summary>Points (要点) and the measures taken on each (办理措施), numbered from 1.</summary>
public sealed partial class SuggestionItem
{
    /// <summary>
    /// Adds point <paramref name="index"/> (the next number: points are numbered without gaps) or changes its wording
    /// or its measures; null leaves a part as it is, and blank measures clear them. Measures are paragraphs (see
    /// <see cref="Paragraphs"/>). Queues an <c>AddPoint</c> or <c>ChangePoint</c> entry; a change to what is already
    /// recorded queues nothing.
    /// </summary>
    public void SetPoint(int index, string? title, string? measures, ChangeContext by)
    {
        var points = state.SubPoints;
        CheckNumber(index);
        if (index > points.Count + 1)
        {
            throw Refuse($"it has {Points(points.Count)}, so the next new point is point {points.Count + 1}, not {index}: points are numbered without gaps. Add point {points.Count + 1} first.");
        }

        var isNew = index == points.Count + 1;
        if (isNew && title is null)
        {
            throw Refuse($"it has {Points(points.Count)}, so point {index} is a new one; give its wording to add it.");
        }

        if (measures is not null && !TextRules.IsBlank(measures) && state.Status == ItemStatus.Returned)
        {
            throw Refuse("it was returned; the measures belong to the unit now handling it.");
        }

        var current = isNew ? new SubPoint(string.Empty) : points[index - 1];
        var changed = new SubPoint(
            title is null ? current.Title : CleanPointTitle(title, index),
            measures is null ? current.Measures : CleanMeasures(measures, index));
        var next = points.ToList();
        if (isNew)
        {
            next.Add(changed);
        }
        else
        {
            next[index - 1] = changed;
        }

        Apply(isNew ? "AddPoint" : "ChangePoint", by, state with { SubPoints = next });
    }

    /// <summary>
    /// Removes point <paramref name="index"/> and its measures; the points after it move up one number. Queues a
    /// <c>RemovePoint</c> entry holding what was removed.
    /// </summary>
    public void RemovePoint(int index, ChangeContext by)
    {
        var points = state.SubPoints;
        CheckNumber(index);
        if (index > points.Count)
        {
            throw Refuse(points.Count == 0
                ? $"it has no points; there is no point {index} to remove."
                : $"it has {Points(points.Count)} (1–{points.Count}); there is no point {index} to remove.");
        }

        var removed = points[index - 1];
        var field = $"SubPoints[{index}]";
        Apply("RemovePoint", by, state with { SubPoints = points.Where((_, i) => i != index - 1).ToArray() },
            changes: [new FieldChange($"{field}.Title", removed.Title, null), new FieldChange($"{field}.Measures", removed.Measures, null)]);
    }

    private void CheckNumber(int index)
    {
        if (index < 1)
        {
            throw new ArgumentException($"Suggestion '{Number}': {index} is not a point number; points are numbered 1, 2, 3 … as the reply answers them.");
        }
    }

    private static string Points(int count) => count switch { 0 => "no points", 1 => "1 point", _ => $"{count} points" };

    private string CleanPointTitle(string title, int index) => Required(title.Trim(), $"Point {index}");

    private string? CleanMeasures(string? measures, int index) =>
        Optional(Paragraphs.Normalize(measures), $"The text of the measures of point {index}", TextRules.LongTextMaxLength);
}
