using System.Globalization;
using System.Text;

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
        var text = new StringBuilder("rows ");
        text.Append(runs.Count > MaxRuns
            ? string.Join(", ", named) + string.Create(CultureInfo.InvariantCulture, $" and {runs.Count - MaxRuns:N0} more runs")
            : named.Count == 1 ? named[0] : string.Join(", ", named[..^1]) + " and " + named[^1]);
        return text.Append(string.Create(CultureInfo.InvariantCulture, $" ({rows.Count:N0} rows)")).ToString();
    }
}
