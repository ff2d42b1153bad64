using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace SuggestionDesk.Storage.Tests;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that reports each timer created on it, with its due time: code that waits on the
/// clock (<c>Task.Delay(due, clock)</c>) has finished what it did before the wait when its timer appears, so a test
/// can step time and know each step was acted on, without sleeping.
/// </summary>
internal sealed class SleepWatchingClock(FakeTimeProvider inner) : TimeProvider
{
    private readonly Channel<TimeSpan> sleeps = Channel.CreateUnbounded<TimeSpan>();

    public override DateTimeOffset GetUtcNow() => inner.GetUtcNow();

    public override TimeZoneInfo LocalTimeZone => inner.LocalTimeZone;

    public override long TimestampFrequency => inner.TimestampFrequency;

    public override long GetTimestamp() => inner.GetTimestamp();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = inner.CreateTimer(callback, state, dueTime, period);
        sleeps.Writer.TryWrite(dueTime);
        return timer;
    }

    /// <summary>Moves the clock on.</summary>
    public void Advance(TimeSpan delta) => inner.Advance(delta);

    /// <summary>Waits (at most 10 s of real time, for the emulator's answers) until someone starts waiting <paramref name="due"/> on this clock.</summary>
    public async Task SleepOfAsync(TimeSpan due)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (await sleeps.Reader.ReadAsync(timeout.Token) != due)
        {
        }
    }
}
