using System.Runtime.CompilerServices;
using SuggestionDesk.Storage;

namespace SuggestionDesk.Storage.Tests;

public sealed class PartitionReadsTests
{
    [Fact]
    public async Task SourcesReadAtOnceAreHandedOnInTheOrderGiven()
    {
        // The first source is the slowest: read at once, the others finish first, yet come after it.
        int[] delays = [60, 0, 30, 0, 10];

        var read = await ToListAsync(PartitionReads.InOrderAsync(delays, inFlight: 3, (delay, token) => Numbers(delay, 5_000, token)));

        Assert.Equal(delays.SelectMany(d => Enumerable.Range(0, 5_000).Select(i => (d, i))), read);
    }

    [Fact]
    public async Task AFailingSourceFailsTheReadWhenItsTurnComes()
    {
        var read = new List<(int, int)>();
        var error = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await foreach (var pair in PartitionReads.InOrderAsync([1, 2, 3], inFlight: 3, (n, token) => n == 2 ? Failing(token) : Numbers(n, 3, token)))
            {
                read.Add(pair);
            }
        });

        Assert.Equal("source 2 failed", error.Message);
        Assert.Equal([(1, 0), (1, 1), (1, 2)], read);
    }

    [Fact]
    public async Task StoppingEarlyCancelsTheReadsStillRunning()
    {
        var cancelled = 0;
        async IAsyncEnumerable<(int, int)> Endless(int n, [EnumeratorCancellation] CancellationToken token)
        {
            try
            {
                for (var i = 0; ; i++)
                {
                    await Task.Yield();
                    token.ThrowIfCancellationRequested();
                    yield return (n, i);
                }
            }
            finally
            {
                Interlocked.Increment(ref cancelled);
            }
        }

        await foreach (var (_, i) in PartitionReads.InOrderAsync([1, 2], inFlight: 2, Endless))
        {
            if (i == 10)
            {
                break;
            }
        }

        Assert.Equal(2, cancelled);
    }

    private static async IAsyncEnumerable<(int, int)> Numbers(int delay, int count, [EnumeratorCancellation] CancellationToken token)
    {
        await Task.Delay(delay, token);
        for (var i = 0; i < count; i++)
        {
            yield return (delay, i);
        }
    }

    private static async IAsyncEnumerable<(int, int)> Failing([EnumeratorCancellation] CancellationToken token)
    {
        await Task.Delay(1, token);
        throw new InvalidOperationException("source 2 failed");
#pragma warning disable CS0162 // An iterator needs a yield.
        yield break;
#pragma warning restore CS0162
    }

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> source)
    {
        var list = new List<T>();
        await foreach (var item in source)
        {
            list.Add(item);
        }

        return list;
    }
}
