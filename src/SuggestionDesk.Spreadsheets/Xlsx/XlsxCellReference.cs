using System.Text.RegularExpressions;

namespace SuggestionDesk.Spreadsheets;

/// <summary>A cell reference such as <c>B12</c> (column 2, row 12), and a merged area such as <c>A1:S1</c>.</summary>
internal static partial class XlsxCellReference
{
    /// <summary>The 1-based column and row of <paramref name="reference"/>, or false when it is not one.</summary>
    public static bool TryParse(string? reference, out int column, out int row)
    {
        column = row = 0;
        var match = reference is null ? Match.Empty : Cell().Match(reference);
        if (!match.Success)
        {
            return false;
        }

        foreach (var letter in match.Groups["col"].Value)
        {
            column = column * 26 + (letter - 'A' + 1);
        }

        row = int.Parse(match.Groups["row"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
        return column <= 16_384 && row <= 1_048_576;
    }

    /// <summary>The area <paramref name="reference"/> names (<c>A2:F2</c>), or false when it is not one (<c>A2</c>, <c>garbage</c>, empty).</summary>
    public static bool TryParseArea(string? reference, out (int Top, int Left, int Bottom, int Right) area)
    {
        area = default;
        var parts = (reference ?? string.Empty).Replace("$", string.Empty, StringComparison.Ordinal).Split(':');
        if (parts.Length != 2 || !TryParse(parts[0], out var left, out var top) || !TryParse(parts[1], out var right, out var bottom))
        {
            return false;
        }

        area = (Math.Min(top, bottom), Math.Min(left, right), Math.Max(top, bottom), Math.Max(left, right));
        return true;
    }

    /// <summary>The column's letters, e.g. 28 → AB.</summary>
    public static string Letters(int column)
    {
        var letters = string.Empty;
        for (; column > 0; column = (column - 1) / 26)
        {
            letters = (char)('A' + (column - 1) % 26) + letters;
        }

        return letters;
    }

    [GeneratedRegex(@"^(?<col>[A-Z]{1,3})(?<row>[1-9][0-9]{0,6})$", RegexOptions.CultureInvariant)]
    private static partial Regex Cell();
}
