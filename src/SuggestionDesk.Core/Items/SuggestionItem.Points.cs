using SuggestionDesk.Localization;

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
            throw Refuse(MessageText.Format(Messages.ItemPointNext, Points(points.Count), points.Count + 1, index));
        }

        var isNew = index == points.Count + 1;
        if (isNew && title is null)
        {
            throw Refuse(MessageText.Format(Messages.ItemPointIsNew, Points(points.Count), index));
        }

        if (measures is not null && !TextRules.IsBlank(measures) && state.Status == ItemStatus.Returned)
        {
            throw Refuse(Messages.ItemPointsReturned);
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
                ? MessageText.Format(Messages.ItemNoPointToRemove, index)
                : MessageText.Format(Messages.ItemPointNotThere, Points(points.Count), points.Count, index));
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
            throw new ArgumentException(MessageText.Format(Messages.ItemNotAPointNumber, Number, index));
        }
    }

    private static string Points(int count) => count switch
    {
        0 => Messages.PointsNone,
        1 => Messages.PointsOne,
        _ => MessageText.Format(Messages.PointsMany, count),
    };

    private string CleanPointTitle(string title, int index) => Required(title.Trim(), MessageText.Format(Messages.FieldPointNumbered, index));

    private string? CleanMeasures(string? measures, int index) =>
        Optional(Paragraphs.Normalize(measures), MessageText.Format(Messages.FieldPointMeasures, index), TextRules.LongTextMaxLength);
}
