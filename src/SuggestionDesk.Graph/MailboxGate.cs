using System.Collections.Concurrent;

namespace SuggestionDesk.Graph;

/// <summary>
/// Keeps one mailbox within Exchange Online's limits, whoever sends through it in this process: at most
/// <c>maxInFlight</c> requests at once, and at most <c>perMinute</c> messages started in any sliding minute.
/// A caller over the limit waits; nothing is dropped.
/// </summary>
public sealed class MailboxGate
{
    private static readonly ConcurrentDictionary<string, MailboxGate> Shared = new(StringComparer.OrdinalIgnoreCase);
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly SemaphoreSlim slots;
    private readonly Queue<DateTimeOffset> starts = new();
    private readonly int perMinute;
    private readonly TimeProvider clock;

    /// <summary>A gate of its own (tests, or a mailbox used by one sender only).</summary>
    public MailboxGate(int maxInFlight, int perMinute, TimeProvider? clock = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxInFlight, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(perMinute, 1);
        slots = new SemaphoreSlim(maxInFlight, maxInFlight);
        this.perMinute = perMinute;
        this.clock = clock ?? TimeProvider.System;
    }

    /// <summary>The gate every sender in this process shares for <paramref name="mailbox"/>.</summary>
    public static MailboxGate For(string mailbox, int maxInFlight, int perMinute) =>
        Shared.GetOrAdd(mailbox, _ => new MailboxGate(maxInFlight, perMinute));

    /// <summary>Waits for a free slot within the rate, and holds the slot until the result is disposed.</summary>
    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken = default)
    {
        await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await WaitForRateAsync(cancellationToken).ConfigureAwait(false);
            return new Slot(slots);
        }
        catch
        {
            slots.Release();
            throw;
        }
    }

    private async Task WaitForRateAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            lock (starts)
            {
                var now = clock.GetUtcNow();
                while (starts.Count > 0 && now - starts.Peek() >= Window)
                {
                    starts.Dequeue();
                }

                if (starts.Count < perMinute)
                {
                    starts.Enqueue(now);
                    return;
                }

                wait = starts.Peek() + Window - now;
            }

            await Task.Delay(wait, clock, cancellationToken).ConfigureAwait(false);
        }
    }

    private sealed class Slot(SemaphoreSlim slots) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                slots.Release();
            }
        }
    }
}
