using Microsoft.Extensions.Time.Testing;
using SuggestionDesk.Items;

namespace SuggestionDesk.Testing;

/// <summary>Clocks and change contexts for tests: China Standard Time, starting at a fixed moment.</summary>
public static class TestClock
{
    /// <summary>China Standard Time (UTC+8, no daylight saving), the office's time zone.</summary>
    public static TimeZoneInfo China { get; } = TimeZoneInfo.CreateCustomTimeZone("China Standard Time (test)", TimeSpan.FromHours(8), "CST", "CST");

    /// <summary>A fake clock at 09:30 Beijing time on <paramref name="today"/> (default 2026-11-27).</summary>
    public static FakeTimeProvider At(DateOnly? today = null)
    {
        var date = today ?? new DateOnly(2026, 11, 27);
        var clock = new FakeTimeProvider(new DateTimeOffset(date.ToDateTime(new TimeOnly(9, 30)), TimeSpan.FromHours(8)).ToUniversalTime());
        clock.SetLocalTimeZone(China);
        return clock;
    }

    /// <summary>
    /// One clock for the whole test run, at 09:30 on 2026-11-27 Beijing time, that moves on a millisecond
    /// each time it is read, so changes made one after another are ordered as they are in real life.
    /// </summary>
    public static FakeTimeProvider Shared { get; } = CreateShared();

    /// <summary>A change context for <paramref name="actor"/> on <paramref name="clock"/>, or the shared clock.</summary>
    public static ChangeContext As(string actor = "张三", FakeTimeProvider? clock = null) => new(actor, clock ?? Shared);

    private static FakeTimeProvider CreateShared()
    {
        var clock = At();
        clock.AutoAdvanceAmount = TimeSpan.FromMilliseconds(1);
        return clock;
    }
}
