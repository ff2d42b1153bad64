using System.Globalization;
using SuggestionDesk.Localization;

namespace SuggestionDesk.Reporting;

/// <summary>
/// A period the scheduled report covers: the year to date at the end of a month, or a whole year once December has
/// ended. It names the archived file (<c>2026-10.pdf</c>, <c>2025.pdf</c>) and the mail's subject.
/// </summary>
/// <param name="Name">The archive name: <c>2026-10</c> for January to October 2026, <c>2025</c> for the year.</param>
/// <param name="From">The first day covered (1 January).</param>
/// <param name="To">The last day covered, which is also the report's as-of date.</param>
public sealed record ReportPeriod(string Name, DateOnly From, DateOnly To)
{
    /// <summary>Whether it covers a whole year.</summary>
    public bool IsYear => To.Month == 12;

    /// <summary>The period in Chinese: <c>2025年度</c>, <c>2026年1—10月</c>, <c>2026年1月</c>.</summary>
    public string Chinese => IsYear ? $"{To.Year}年度" : To.Month == 1 ? $"{To.Year}年1月" : $"{To.Year}年1—{To.Month}月";

    /// <summary>The period in English: <c>2025</c>, <c>January–October 2026</c>, <c>January 2026</c>.</summary>
    public string English => IsYear ? $"{To.Year}" : To.Month == 1 ? $"January {To.Year}" : "January–" + To.ToString("MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>
    /// The period a run on <paramref name="today"/> reports: up to the end of the month before it. A run that
    /// fires late in the month reports the same period, so it finds that period's archived report.
    /// </summary>
    public static ReportPeriod EndingBefore(DateOnly today)
    {
        var end = new DateOnly(today.Year, today.Month, 1).AddDays(-1);
        return Through(end.Year, end.Month);
    }

    /// <summary>
    /// The period named <paramref name="name"/>: <c>2026-10</c> for January to October 2026, <c>2025</c> (or
    /// <c>2025-12</c>) for the whole year. Throws <see cref="FormatException"/> naming the value otherwise.
    /// </summary>
    public static ReportPeriod Parse(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var parts = name.Trim().Split('-');
        if (parts is [var y, ..] && y.Length == 4 && int.TryParse(y, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 1
            && parts.Length <= 2)
        {
            if (parts.Length == 1)
            {
                return Through(year, 12);
            }

            if (parts[1].Length is 1 or 2 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12)
            {
                return Through(year, month);
            }
        }

        throw new FormatException(MessageText.Format(Messages.ReportPeriodInvalid, name));
    }

    private static ReportPeriod Through(int year, int month)
    {
        var end = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        var name = month == 12 ? $"{year}" : $"{year}-{month:00}";
        return new ReportPeriod(name, new DateOnly(year, 1, 1), end);
    }
}
