using System.Collections.Concurrent;
using SuggestionDesk.Ports;

namespace SuggestionDesk.Testing;

/// <summary>
/// <see cref="IRunLock"/> in memory: one holder per name at a time, the others wait in turn. A holder in this process
/// cannot die without disposing, so the hold time is checked but never runs out.
/// </summary>
public sealed class InMemoryRunLock : IRunLock
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> locks = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public async Task<IAsyncDisposable> AcquireAsync(string name, TimeSpan hold, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentOutOfRangeException.ThrowIfLessThan(hold, TimeSpan.FromSeconds(1));
        var held = locks.GetOrAdd(name, _ => new SemaphoreSlim(1, 1));
        await held.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Held(held);
    }

    private sealed class Held(SemaphoreSlim held) : IAsyncDisposable
    {
        private int released;

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                held.Release();
            }

            return ValueTask.CompletedTask;
        }
    }
}
