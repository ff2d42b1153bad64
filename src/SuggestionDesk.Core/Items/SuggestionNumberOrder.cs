using System.Globalization;

namespace SuggestionDesk.Items;

/// <summary>
/// The order people read suggestion numbers in: runs of digits compare as numbers, so <c>2021-9</c> comes before
/// <c>2021-10</c> and <c>第9号</c> before <c>第347号</c>; everything else compares ordinally. Full-width digits
/// count as digits. Numbers that read the same (<c>2021-0347</c> and <c>2021-347</c>) fall back to the ordinal
/// order, so the order is total and stable whatever the store returns first.
/// </summary>
public sealed class SuggestionNumberOrder : IComparer<SuggestionNumber>, IComparer<string>
{
    /// <summary>The one instance.</summary>
    public static SuggestionNumberOrder Instance { get; } = new();

    private SuggestionNumberOrder()
    {
    }

    /// <inheritdoc />
    public int Compare(SuggestionNumber? x, SuggestionNumber? y) => Compare(x?.Value, y?.Value);

    /// <inheritdoc />
    public int Compare(string? x, string? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }

        var (i, j) = (0, 0);
        while (i < x.Length && j < y.Length)
        {
            var result = IsDigit(x[i]) && IsDigit(y[j])
                ? CompareDigitRuns(x, ref i, y, ref j)
                : x[i++].CompareTo(y[j++]);
            if (result != 0)
            {
                return result;
            }
        }

        var remaining = (x.Length - i).CompareTo(y.Length - j);
        return remaining != 0 ? remaining : string.CompareOrdinal(x, y);
    }

    // Compares two runs of digits by value without parsing them, so any length is fine: leading zeros are
    // skipped, then the longer run is the larger number, then the first differing digit decides.
    private static int CompareDigitRuns(string x, ref int i, string y, ref int j)
    {
        var (startX, startY) = (i, j);
        while (i < x.Length && IsDigit(x[i]))
        {
            i++;
        }

        while (j < y.Length && IsDigit(y[j]))
        {
            j++;
        }

        var digitsX = Significant(x, startX, i);
        var digitsY = Significant(y, startY, j);
        if (digitsX.Length != digitsY.Length)
        {
            return digitsX.Length.CompareTo(digitsY.Length);
        }

        for (var k = 0; k < digitsX.Length; k++)
        {
            var difference = Value(digitsX[k]).CompareTo(Value(digitsY[k]));
            if (difference != 0)
            {
                return difference;
            }
        }

        return 0;
    }

    private static ReadOnlySpan<char> Significant(string text, int start, int end)
    {
        while (start < end - 1 && Value(text[start]) == 0)
        {
            start++;
        }

        return text.AsSpan(start, end - start);
    }

    private static bool IsDigit(char c) => CharUnicodeInfo.GetDecimalDigitValue(c) >= 0;

    private static int Value(char c) => CharUnicodeInfo.GetDecimalDigitValue(c);
}
