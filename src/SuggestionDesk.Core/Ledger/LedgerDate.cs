using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SuggestionDesk.Ledger;

/// <summary>
/// Dates as ledgers write them: <c>2021-03-15</c>, <c>2021/3/15</c> (Excel's Chinese short date),
/// <c>2021年3月15日</c> or <c>20210315</c>. Full-width digits are read as digits. Dates before 1900 are refused: Excel cannot
/// show them and they are always typing mistakes here.
/// </summary>
internal static partial class LedgerDate
{
    /// <summary>The formats accepted, for messages.</summary>
    public const string Formats = "a date as yyyy-MM-dd, yyyy/M/d, yyyy年M月d日 or yyyyMMdd (e.g. 2021-03-15)";

    /// <summary>The earliest date accepted.</summary>
    public static readonly DateOnly Earliest = new(1900, 1, 1);

    /// <summary>Reads <paramref name="text"/>; on failure <paramref name="expected"/> says what is expected instead.</summary>
    public static bool TryParse(string text, out DateOnly date, out string expected)
    {
        date = default;
        var match = Pattern().Match(text.Normalize(NormalizationForm.FormKC).Trim());
        if (!match.Success)
        {
            expected = Formats;
            return false;
        }

        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        if (year < Earliest.Year)
        {
            expected = $"a date in {Earliest.Year} or later; check the year";
            return false;
        }

        if (month is < 1 or > 12)
        {
            expected = $"a real date: there is no month {month}; months run from 1 to 12";
            return false;
        }

        var days = DateTime.DaysInMonth(year, month);
        if (day < 1 || day > days)
        {
            expected = $"a real date: {year}-{month:00} has {days} days";
            return false;
        }

        date = new DateOnly(year, month, day);
        expected = string.Empty;
        return true;
    }

    /// <summary>The ledger's own form, <c>yyyy-MM-dd</c>.</summary>
    public static string Format(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;

    [GeneratedRegex(@"^(?<y>\d{4})(?:-(?<m>\d{1,2})-(?<d>\d{1,2})|/(?<m>\d{1,2})/(?<d>\d{1,2})|\s*年\s*(?<m>\d{1,2})\s*月\s*(?<d>\d{1,2})\s*日|(?<m>\d{2})(?<d>\d{2}))$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
