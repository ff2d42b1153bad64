using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using SuggestionDesk.Items;
using SuggestionDesk.Localization;

namespace SuggestionDesk.Calendar;

/// <summary>
/// Calendar dates as people in Chinese offices write them, read the same way wherever they come from (a ledger
/// cell, a cmdlet parameter): <c>2021-03-10</c>, <c>2021/3/10</c> (Excel's Chinese short date), <c>2021.3.10</c>,
/// <c>2021年3月10日</c> (spaces allowed around the characters) and <c>20210310</c>. Full-width digits and
/// punctuation (<c>２０２１．３．１０</c>) are read as their ASCII forms. The year always comes first: a day-first or
/// month-first date such as <c>3/10/2021</c> means 3 October in one office and 10 March in another, so it is refused
/// rather than guessed. Dates before 1900 are refused too: Excel cannot show them and here they are typing mistakes.
/// </summary>
public static partial class CalendarDateText
{
    /// <summary>The forms accepted, for messages.</summary>
    public static string Formats => Messages.CalendarDateFormats;

    /// <summary>The earliest date accepted.</summary>
    public static readonly DateOnly Earliest = new(1900, 1, 1);

    /// <summary>Reads <paramref name="text"/>; on failure <paramref name="expected"/> says what is expected instead.</summary>
    public static bool TryParse(string text, out DateOnly date, out string expected)
    {
        ArgumentNullException.ThrowIfNull(text);
        date = default;
        var normalized = text.Normalize(NormalizationForm.FormKC).Trim();
        var match = Pattern().Match(normalized);
        if (!match.Success)
        {
            expected = YearLast().IsMatch(normalized)
                ? MessageText.Format(Messages.CalendarDateYearFirst, Formats, text.Trim())
                : Formats;
            return false;
        }

        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        if (year < Earliest.Year)
        {
            expected = MessageText.Format(Messages.CalendarDateTooEarly, Earliest.Year);
            return false;
        }

        if (month is < 1 or > 12)
        {
            expected = MessageText.Format(Messages.CalendarDateNoMonth, month);
            return false;
        }

        var days = DateTime.DaysInMonth(year, month);
        if (day < 1 || day > days)
        {
            expected = MessageText.Format(Messages.CalendarDateDays, year, month, days);
            return false;
        }

        date = new DateOnly(year, month, day);
        expected = string.Empty;
        return true;
    }

    /// <summary>Reads <paramref name="text"/> or throws a <see cref="FormatException"/> naming it and what is expected.</summary>
    public static DateOnly Parse(string text) =>
        TryParse(text, out var date, out var expected)
            ? date
            : throw new FormatException(MessageText.Format(Messages.CalendarDateNotADate, TextRules.Quote(text), expected));

    /// <summary>The one form dates are written in, <c>yyyy-MM-dd</c>; empty for no date.</summary>
    public static string Format(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;

    // The separator must be the same twice (2021-3/10 is a typing mistake, not a date).
    [GeneratedRegex(@"^(?<y>[0-9]{4})(?:(?<s>[-/.])(?<m>[0-9]{1,2})\k<s>(?<d>[0-9]{1,2})|\s*年\s*(?<m>[0-9]{1,2})\s*月\s*(?<d>[0-9]{1,2})\s*日|(?<m>[0-9]{2})(?<d>[0-9]{2}))$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    [GeneratedRegex(@"^[0-9]{1,2}[-/.][0-9]{1,2}[-/.][0-9]{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex YearLast();
}
