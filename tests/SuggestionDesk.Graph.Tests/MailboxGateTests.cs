using Microsoft.Extensions.Time.Testing;

namespace SuggestionDesk.Graph.Tests;

public sealed class MailboxGateTests
{
    [Fact]
    public async Task The31stMessageInAMinuteWaitsUntilTheFirstIsAMinuteOld()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 1, 0, 0, TimeSpan.Zero));
        var gate = new MailboxGate(maxInFlight: 4, perMinute: 30, clock);
        for (var i = 0; i < 30; i++)
        {
            (await gate.EnterAsync()).Dispose();
            clock.Advance(TimeSpan.FromSeconds(1));
        }

        var thirtyFirst = gate.EnterAsync();
        await Task.Delay(50);
        Assert.False(thirtyFirst.IsCompleted);

        clock.Advance(TimeSpan.FromSeconds(29));
        await Task.Delay(50);
        Assert.False(thirtyFirst.IsCompleted, "let through 59 s after the first of 30");

        clock.Advance(TimeSpan.FromSeconds(1));
        (await thirtyFirst.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
    }

    [Fact]
    public async Task AFifthCallerWaitsForOneOfFourToFinish()
    {
        var gate = new MailboxGate(maxInFlight: 4, perMinute: 30);
        var held = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => gate.EnterAsync()));

        var fifth = gate.EnterAsync();
        await Task.Delay(50);
        Assert.False(fifth.IsCompleted);

        held[2].Dispose();
        (await fifth.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
    }

    [Fact]
    public async Task CancellingAWaitingCallerFreesNothingItDidNotTake()
    {
        var gate = new MailboxGate(maxInFlight: 1, perMinute: 30);
        using var first = await gate.EnterAsync();
        using var cancel = new CancellationTokenSource();

        var waiting = gate.EnterAsync(cancel.Token);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        var third = gate.EnterAsync();
        await Task.Delay(50);
        Assert.False(third.IsCompleted);
    }

    [Fact]
    public void SendersOfOneMailboxShareItsGateWhateverTheCase()
    {
        Assert.Same(MailboxGate.For("Duban@Example.gov.cn", 4, 30), MailboxGate.For("duban@example.gov.cn", 4, 30));
    }
}
