using SuggestionDesk.Items;
using SuggestionDesk.Localization;

namespace SuggestionDesk.Ledger;

/// <summary>
/// Sets an item's points from the measures' rows, lowest number first, through the item's own
/// <see cref="SuggestionItem.SetPoint"/>: a row adds the next point or changes a recorded one; an import never removes a
/// point. Each row is checked against the item first (points numbered without gaps, a new point's wording, measures
/// of a returned item), so a refused row is reported on its column and the others still apply.
/// </summary>
internal static class LedgerPoints
{
    /// <summary>Applies the rows that pass to <paramref name="item"/>; each refused point adds an error and its rows.</summary>
    public static void Apply(SuggestionItem item, IEnumerable<PointEntry> entries, ChangeContext by, LedgerPointErrors errors)
    {
        var count = item.SubPoints.Count;
        foreach (var entry in entries.OrderBy(e => e.Index))
        {
            if (Refusal(item, entry, count) is { } refusal)
            {
                errors.Add(refusal, entry.Rows);
                continue;
            }

            try
            {
                item.SetPoint(entry.Index, entry.Title, entry.Measures, by);
                count = Math.Max(count, entry.Index);
            }
            catch (Exception e) when (e is ItemRuleException or ArgumentException)
            {
                errors.Add(entry.Error(PointColumns.Index, e.Message), entry.Rows);
            }
        }
    }

    private static LedgerError? Refusal(SuggestionItem item, PointEntry entry, int count)
    {
        if (entry.Index > count + 1)
        {
            var has = count switch
            {
                0 => Messages.PointCountNone,
                1 => Messages.PointCountOne,
                _ => MessageText.Format(Messages.PointCountMany, count),
            };
            return entry.Error(PointColumns.Index, MessageText.Format(Messages.LedgerPointNext, entry.Number, has, count + 1, entry.Index));
        }

        if (entry.Index == count + 1 && entry.Title is null)
        {
            return entry.Error(PointColumns.Point, MessageText.Format(Messages.LedgerPointNeedsWording, entry.Index, entry.Number, PointColumns.Point.ChineseName));
        }

        if (!string.IsNullOrEmpty(entry.Measures) && item.Status == ItemStatus.Returned)
        {
            return entry.Error(PointColumns.Measure, MessageText.Format(Messages.LedgerPointReturned, entry.Number));
        }

        return null;
    }
}
