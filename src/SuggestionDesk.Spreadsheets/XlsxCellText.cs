using System.Globalization;

namespace SuggestionDesk.Spreadsheets;

/// <summary>
/// A worksheet cell's value as the ledger text a person would type: numbers without exponent or trailing
/// ".0" (20210347, not 2.0210347E7), date cells as yyyy-MM-dd, booleans as TRUE/FALSE.
/// </summary>
internal static class XlsxCellText
{
    /// <summary>The text of a value read from a cell (null for an empty cell).</summary>
    public static string Of(object? value) => value switch
    {
        null => string.Empty,
        string text => text,
        DateTime date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double number => Number(number),
        float number => Number(number),
        decimal number => number.ToString(CultureInfo.InvariantCulture),
        bool flag => flag ? "TRUE" : "FALSE",
        IFormattable other => other.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static string Number(double number) =>
        // Whole numbers below 10^15 are exact in a double; they are numbers like 20210347 typed into a cell.
        Math.Abs(number) < 1e15 && Math.Floor(number) == number
            ? number.ToString("0", CultureInfo.InvariantCulture)
            : Math.Abs(number) < 1e28 ? ((decimal)number).ToString(CultureInfo.InvariantCulture) : number.ToString("R", CultureInfo.InvariantCulture);
}
