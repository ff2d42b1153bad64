namespace SuggestionDesk.Items;

/// <summary>
/// The office's time zone, China Standard Time (UTC+8, no daylight saving). "Today" is the office's today,
/// whatever zone the host runs in (Azure Functions and most servers run in UTC).
/// </summary>
public static class OfficeTime
{
    /// <summary>Asia/Shanghai from the system's time zone data, or a fixed UTC+8 zone where that data is missing.</summary>
    public static TimeZoneInfo China { get; } = FindChina();

    /// <summary>The office's date now on <paramref name="clock"/>, e.g. for a timer that fires at 01:00 UTC (09:00 in China).</summary>
    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), China).DateTime);
    }

    private static TimeZoneInfo FindChina()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return TimeZoneInfo.CreateCustomTimeZone("China Standard Time", TimeSpan.FromHours(8), "China Standard Time", "China Standard Time");
        }
    }
}
