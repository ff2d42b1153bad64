namespace SuggestionDesk.Demo;

/// <summary>A clock that starts at a given Beijing time and moves with the real one, so the demo replays 2021.</summary>
internal sealed class FixedClock(DateTimeOffset start) : TimeProvider
{
    private static readonly TimeZoneInfo Beijing = TimeZoneInfo.CreateCustomTimeZone("Beijing", TimeSpan.FromHours(8), "Beijing", "Beijing");
    private readonly long startedAt = System.GetTimestamp();

    public override TimeZoneInfo LocalTimeZone => Beijing;

    public override DateTimeOffset GetUtcNow() => start.ToUniversalTime() + System.GetElapsedTime(startedAt);
}
