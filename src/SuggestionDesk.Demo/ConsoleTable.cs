using System.Globalization;
using System.Text;

namespace SuggestionDesk.Demo;

/// <summary>Renders rows as an aligned text table, counting Chinese characters as two columns wide.</summary>
internal static class ConsoleTable
{
    public static string Render(IReadOnlyList<string[]> rows)
    {
        var widths = Enumerable.Range(0, rows[0].Length).Select(c => rows.Max(r => Width(r[c]))).ToArray();
        var text = new StringBuilder();
        for (var r = 0; r < rows.Count; r++)
        {
            text.AppendLine(string.Join("  ", rows[r].Select((cell, c) => cell + new string(' ', widths[c] - Width(cell)))).TrimEnd());
            if (r == 0)
            {
                text.AppendLine(string.Join("  ", widths.Select(w => new string('-', w))));
            }
        }

        return text.ToString();
    }

    private static int Width(string text)
    {
        var width = 0;
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var rune = Rune.GetRuneAt((string)elements.Current, 0);
            width += rune.Value >= 0x1100 && (rune.Value <= 0x115F || rune.Value >= 0x2E80) ? 2 : 1;
        }

        return width;
    }
}
