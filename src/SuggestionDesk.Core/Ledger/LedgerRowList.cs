using System.Globalization;
using SuggestionDesk.Localization;

namespace SuggestionDesk.Ledger;

/// <summary>Row numbers for a message, short whatever their count: <c>rows 2–5001 (5,000 rows)</c>, <c>rows 3, 7 and 12</c>.</summary>
internal static class LedgerRowList
{
    /// <summary>The most runs named before the rest are counted.</summary>
    public const int MaxRuns = 10;

    /// <summary>Describes <paramref name="rows"/> (ascending) as runs of consecutive rows.</summary>
    public static string Describe(IReadOnlyList<int> rows)
    {
        var runs = new List<(int From, int To)>();
        foreach (var row in rows)
        {
            if (runs.Count > 0 && runs[^1].To == row - 1)
            {
                runs[^1] = (runs[^1].From, row);
            }
            else
            {
                runs.Add((row, row));
            }
        }

        var named = runs.Take(MaxRuns).Select(r => r.From == r.To
            ? r.From.ToString(CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{r.From}–{r.To}")).ToList();
        var separator = Messages.WordListSeparator;
        var list = runs.Count > MaxRuns
            ? MessageText.Format(Messages.LedgerRowsMore, string.Join(separator, named), runs.Count - MaxRuns)
            : named.Count == 1 ? named[0] : string.Join(separator, named[..^1]) + Messages.WordAnd + named[^1];
        return MessageText.Format(Messages.LedgerRows, list, rows.Count);
    }
}
