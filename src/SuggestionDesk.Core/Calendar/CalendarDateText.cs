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
/// A date followed by midnight, as Excel saves a date-time cell to CSV (<c>2026/3/5 0:00</c>, <c>2026-03-06 00:00:00</c>),
/// is that date; any other time of day is refused, since which day is meant is then unclear. A bare Excel date number
/// (<c>46086</c>, what a date shows as in a General-format cell) is refused with the date it would be, so the person can
/// check it rather than have it guessed: a five-digit number may as well be a count or a code.
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
        var time = TimeOfDay().Match(normalized);
        var datePart = time.Success ? normalized[..time.Index] : normalized;
        var match = Pattern().Match(datePart);
        if (!match.Success)
        {
            expected = YearLast().IsMatch(datePart) ? MessageText.Format(Messages.CalendarDateYearFirst, Formats, text.Trim())
                : ExcelSerial(normalized) is { } serialDate ? MessageText.Format(Messages.CalendarDateExcelSerial, normalized, Format(serialDate))
                : Formats;
            return false;
        }

        if (time.Success && !IsMidnight(time))
        {
            expected = MessageText.Format(Messages.CalendarDateWithTime, Formats, text.Trim());
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

    // The day an Excel date number (1900 system, as Chinese Windows Excel writes) stands for, when it is one of the
    // five digits dates from 1927 to 2173 are written with; null otherwise.
    private static DateOnly? ExcelSerial(string text)
    {
        if (!SerialPattern().IsMatch(text))
        {
            return null;
        }

        var days = int.Parse(text.AsSpan(0, 5), CultureInfo.InvariantCulture);
        return DateOnly.FromDateTime(new DateTime(1899, 12, 30, 0, 0, 0, DateTimeKind.Unspecified).AddDays(days));
    }

    private static bool IsMidnight(Match time) =>
        int.Parse(time.Groups["h"].Value, CultureInfo.InvariantCulture) == 0
        && int.Parse(time.Groups["min"].Value, CultureInfo.InvariantCulture) == 0
        && (!time.Groups["sec"].Success || int.Parse(time.Groups["sec"].Value, CultureInfo.InvariantCulture) == 0);

    // A time of day after the date: 0:00, 00:00, 00:00:00 (Excel's CSV of a date-time cell), or 14:30.
    [GeneratedRegex(@"(?:\s+|T)(?<h>[0-9]{1,2}):(?<min>[0-9]{2})(?::(?<sec>[0-9]{2})(?:\.0+)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex TimeOfDay();

    [GeneratedRegex(@"^[1-9][0-9]{4}(?:\.[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex SerialPattern();

    // The separator must be the same twice (2021-3/10 is a typing mistake, not a date).
    [GeneratedRegex(@"^(?<y>[0-9]{4})(?:(?<s>[-/.])(?<m>[0-9]{1,2})\k<s>(?<d>[0-9]{1,2})|\s*年\s*(?<m>[0-9]{1,2})\s*月\s*(?<d>[0-9]{1,2})\s*日|(?<m>[0-9]{2})(?<d>[0-9]{2}))$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    [GeneratedRegex(@"^[0-9]{1,2}[-/.][0-9]{1,2}[-/.][0-9]{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex YearLast();
}
