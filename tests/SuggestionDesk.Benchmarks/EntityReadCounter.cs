using System.Text.Json;
using Azure.Core;
using Azure.Core.Pipeline;

namespace SuggestionDesk.Benchmarks;

/// <summary>
/// Counts the entities the service returned: the length of the <c>value</c> array of each query response, and one
/// for each point read. Added to the Tables client's pipeline, so it sees every read whoever makes it.
/// </summary>
internal sealed class EntityReadCounter : HttpPipelinePolicy
{
    private long entities;
    private long requests;

    public long Entities => Interlocked.Read(ref entities);

    public long Requests => Interlocked.Read(ref requests);

    public void Reset()
    {
        Interlocked.Exchange(ref entities, 0);
        Interlocked.Exchange(ref requests, 0);
    }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        ProcessNext(message, pipeline);
        Count(message);
    }

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        await ProcessNextAsync(message, pipeline);
        Count(message);
    }

    private void Count(HttpMessage message)
    {
        if (message.Request.Method != RequestMethod.Get || !message.HasResponse)
        {
            return;
        }

        Interlocked.Increment(ref requests);
        if (message.Response.Status != 200 || message.Response.Content.ToMemory().Length == 0)
        {
            return;
        }

        using var document = JsonDocument.Parse(message.Response.Content.ToMemory());
        var root = document.RootElement;
        var count = root.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.Array ? value.GetArrayLength()
            : root.TryGetProperty("PartitionKey", out _) ? 1
            : 0;
        Interlocked.Add(ref entities, count);
    }
}
