using System.Globalization;
using System.Text.Json;
using SuggestionDesk.Localization;

namespace SuggestionDesk.Calendar;

/// <summary>One listed day of a holiday calendar: a day off (放假) or a make-up working day (调休上班).</summary>
/// <param name="Date">The day.</param>
/// <param name="Name">The holiday it belongs to, e.g. 国庆节.</param>
/// <param name="IsOffDay">True for a day off, false for a make-up working day.</param>
public sealed record HolidayDay(DateOnly Date, string Name, bool IsOffDay);

/// <summary>
/// One year of the State Council's holiday calendar in the holiday-cn JSON shape
/// (<c>{"year": 2026, "papers": [...], "days": [{"name", "date", "isOffDay"}]}</c>).
/// </summary>
public sealed class HolidayYear
{
    private HolidayYear(int year, IReadOnlyList<string> papers, IReadOnlyList<HolidayDay> days, string json)
    {
        Year = year;
        Papers = papers;
        Days = days;
        Json = json;
    }

    /// <summary>The year.</summary>
    public int Year { get; }

    /// <summary>The State Council notices it comes from.</summary>
    public IReadOnlyList<string> Papers { get; }

    /// <summary>The listed days, in date order (a few may fall just outside the year); unlisted days follow Monday–Friday.</summary>
    public IReadOnlyList<HolidayDay> Days { get; }

    /// <summary>Whether the calendar was published: a file with no notice and no days (2027 today) is a placeholder.</summary>
    public bool IsPublished => Papers.Count > 0 || Days.Count > 0;

    /// <summary>The JSON it was read from, kept so a store can save it as given.</summary>
    public string Json { get; }

    /// <summary>Reads and checks one year; <paramref name="source"/> names the file or resource in errors.</summary>
    public static HolidayYear Parse(string json, string source)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new FormatException(MessageText.Format(Messages.HolidayNotJson, source, e.Message), e);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("year", out var yearElement) || !yearElement.TryGetInt32(out var year)
                || year is < 1990 or > 2200)
            {
                throw new FormatException(MessageText.Format(Messages.HolidayNoYear, source));
            }

            var papers = root.TryGetProperty("papers", out var papersElement) && papersElement.ValueKind == JsonValueKind.Array
                ? papersElement.EnumerateArray().Select(p => p.GetString() ?? string.Empty).ToArray()
                : [];
            if (!root.TryGetProperty("days", out var daysElement) || daysElement.ValueKind != JsonValueKind.Array)
            {
                throw new FormatException(MessageText.Format(Messages.HolidayNoDays, source, year));
            }

            var days = daysElement.EnumerateArray().Select(d => ReadDay(d, year, source)).OrderBy(d => d.Date).ToArray();
            var twice = days.GroupBy(d => d.Date).FirstOrDefault(g => g.Count() > 1);
            if (twice is not null)
            {
                throw new FormatException(MessageText.Format(Messages.HolidayDayTwice, source, twice.Key));
            }

            return new HolidayYear(year, papers, days, json);
        }
    }

    private static HolidayDay ReadDay(JsonElement day, int year, string source)
    {
        var text = day.TryGetProperty("date", out var dateElement) ? dateElement.GetString() : null;
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw new FormatException(MessageText.Format(Messages.HolidayBadDate, source, text));
        }

        // A year's notice may settle a day just outside it (2019's lists the make-up Saturday 2018-12-29).
        if (Math.Abs(date.Year - year) > 1)
        {
            throw new FormatException(MessageText.Format(Messages.HolidayOtherYear, source, year, date));
        }

        if (!day.TryGetProperty("isOffDay", out var off) || off.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            throw new FormatException(MessageText.Format(Messages.HolidayNoOffDay, source, date));
        }

        var name = day.TryGetProperty("name", out var nameElement) ? nameElement.GetString() : null;
        return new HolidayDay(date, string.IsNullOrWhiteSpace(name) ? "节假日" : name, off.GetBoolean());
    }
}
