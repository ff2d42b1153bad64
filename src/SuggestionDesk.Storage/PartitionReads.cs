using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace SuggestionDesk.Storage;

/// <summary>
/// Reads several sources at once (a query per partition) and yields their results source by source, in the order
/// given, as if read one after another: the source handed on and up to <c>inFlight</c> − 1 after it are read at once,
/// each into a bounded buffer, so memory stays bounded however many rows there are. A failure of any source is thrown when its results are reached;
/// stopping early cancels the reads still running.
/// </summary>
internal static class PartitionReads
{
    // Items a source reads ahead of the one being handed on: enough for a few pages of 1,000.
    private const int ReadAhead = 4_000;

    public static async IAsyncEnumerable<T> InOrderAsync<TSource, T>(
        IReadOnlyList<TSource> sources, int inFlight, Func<TSource, CancellationToken, IAsyncEnumerable<T>> read,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var channels = sources.Select(_ => Channel.CreateBounded<T>(new BoundedChannelOptions(ReadAhead) { SingleReader = true, SingleWriter = true })).ToArray();
        var readers = new Task?[sources.Count];
        try
        {
            for (var current = 0; current < sources.Count; current++)
            {
                // The source handed on now is always being read, so a full buffer ahead never blocks it.
                for (var next = current; next < Math.Min(sources.Count, current + Math.Max(1, inFlight)); next++)
                {
                    var index = next;
                    readers[index] ??= Task.Run(() => FillAsync(sources[index], channels[index].Writer), CancellationToken.None);
                }

                await foreach (var item in channels[current].Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
                {
                    yield return item;
                }
            }
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await Task.WhenAll(readers.OfType<Task>()).ConfigureAwait(false);
        }

        async Task FillAsync(TSource source, ChannelWriter<T> writer)
        {
            Exception? failure = null;
            try
            {
                await foreach (var item in read(source, stop.Token).ConfigureAwait(false))
                {
                    await writer.WriteAsync(item, stop.Token).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // Stopped: nothing more to hand on.
            }
            catch (Exception e)
            {
                failure = e;
            }

            writer.TryComplete(failure);
        }
    }
}
