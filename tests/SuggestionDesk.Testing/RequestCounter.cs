using System.Collections.Concurrent;
using Azure.Core;
using Azure.Core.Pipeline;

namespace SuggestionDesk.Testing;

/// <summary>
/// Counts every request a Tables or Blob client sends (added per retry, so a retried request counts each time it is
/// sent), in the order they were sent, and can hold each one back by a fixed delay first: a network round trip, as
/// from an office to an Azure region, simulated on localhost. Thread-safe.
/// </summary>
public sealed class RequestCounter(TimeSpan delay = default) : HttpPipelinePolicy
{
    private readonly ConcurrentQueue<SentRequest> sent = new();

    /// <summary>The delay added before each request is sent.</summary>
    public TimeSpan Delay { get; set; } = delay;

    /// <summary>How many requests were sent since the last <see cref="Reset"/>.</summary>
    public int Count => sent.Count;

    /// <summary>The requests sent since the last <see cref="Reset"/>, in the order they were sent.</summary>
    public IReadOnlyList<SentRequest> Requests => [.. sent];

    /// <summary>Forgets the requests counted so far.</summary>
    public void Reset() => sent.Clear();

    /// <inheritdoc />
    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        ArgumentNullException.ThrowIfNull(message);
        Record(message);
        if (Delay > TimeSpan.Zero)
        {
            Thread.Sleep(Delay);
        }

        ProcessNext(message, pipeline);
    }

    /// <inheritdoc />
    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        ArgumentNullException.ThrowIfNull(message);
        Record(message);
        if (Delay > TimeSpan.Zero)
        {
            await Task.Delay(Delay, message.CancellationToken).ConfigureAwait(false);
        }

        await ProcessNextAsync(message, pipeline).ConfigureAwait(false);
    }

    private void Record(HttpMessage message) =>
        sent.Enqueue(new SentRequest(message.Request.Method.Method, message.Request.Uri.Host ?? string.Empty, Uri.UnescapeDataString(message.Request.Uri.Path)));
}

/// <summary>One request sent: its method, host and path (the table, and the entity or <c>$batch</c>).</summary>
public sealed record SentRequest(string Method, string Host, string Path)
{
    /// <summary>Whether it addresses <paramref name="table"/> (its rows or a transaction on it); a transaction's path names no table.</summary>
    public bool IsOn(string table) => Path.Contains("/" + table, StringComparison.Ordinal);

    /// <summary>Whether it creates a table (<c>POST /Tables</c>).</summary>
    public bool CreatesTable => Method == "POST" && Path.EndsWith("/Tables", StringComparison.Ordinal);

    /// <inheritdoc />
    public override string ToString() => $"{Method} {Path}";
}
