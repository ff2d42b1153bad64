using Microsoft.Extensions.Time.Testing;

namespace SuggestionDesk.Graph.Tests;

public sealed class MailboxGateTests
{
    [Fact]
    public async Task The_31st_message_in_a_minute_waits_until_the_first_is_a_minute_old()
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
    public async Task A_fifth_caller_waits_for_one_of_four_to_finish()
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
    public async Task Cancelling_a_waiting_caller_frees_nothing_it_did_not_take()
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
    public void Senders_of_one_mailbox_share_its_gate_whatever_the_case()
    {
        Assert.Same(MailboxGate.For("Duban@Example.gov.cn", 4, 30), MailboxGate.For("duban@example.gov.cn", 4, 30));
    }
}
