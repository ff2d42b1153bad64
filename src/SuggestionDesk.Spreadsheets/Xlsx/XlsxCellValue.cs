using System.Globalization;
using SuggestionDesk.Localization;

namespace SuggestionDesk.Spreadsheets;

/// <summary>
/// A cell's stored value as the text a person sees and would type: shared and inline texts as written, numbers
/// without exponent or trailing ".0" (<see cref="XlsxCellText"/>), numbers in a date style as yyyy-MM-dd, booleans
/// as TRUE/FALSE, errors as Excel shows them (#N/A).
/// </summary>
internal static class XlsxCellValue
{
    /// <summary>The text of a cell of type <paramref name="type"/> (the <c>t</c> attribute) holding <paramref name="value"/>.</summary>
    public static string Text(string value, string? type, bool dateStyle, IReadOnlyList<string> shared, bool date1904, string cell) => type switch
    {
        "s" => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < shared.Count
            ? shared[index]
            : throw new InvalidDataException(MessageText.Format(Localization.Messages.SheetSharedTextMissing, cell, Items.TextRules.Quote(value))),
        "str" => XlsxText.Unescape(value),
        "inlineStr" or "e" => value,
        "b" => value.Trim() is "1" or "true" ? "TRUE" : "FALSE",
        "d" => DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var stamp)
            ? XlsxCellText.Of(stamp.Date)
            : value,
        _ => Number(value, dateStyle, date1904),
    };

    private static string Number(string value, bool dateStyle, bool date1904)
    {
        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return value;
        }

        // Serial day numbers: day 1 is 1900-01-01 (Excel's 1900 leap-year bug is what FromOADate already follows), or
        // 1904-01-02 in a 1904 workbook. Outside Excel's own range a "date" is shown as the number it is.
        var serial = date1904 ? number + 1462 : number;
        return dateStyle && serial is >= 1 and < 2_958_466
            ? XlsxCellText.Of(DateTime.FromOADate(serial).Date)
            : XlsxCellText.Of(number);
    }
}
