using System.Collections.Concurrent;
using System.Globalization;
using SuggestionDesk.Items;
using SuggestionDesk.Ports;

namespace SuggestionDesk.Testing;

/// <summary><see cref="IReplyDocumentStore"/> in memory.</summary>
public sealed class InMemoryReplyDocumentStore : IReplyDocumentStore
{
    private readonly ConcurrentDictionary<string, byte[]> documents = new(StringComparer.Ordinal);

    /// <summary>The documents kept, by name.</summary>
    public IReadOnlyDictionary<string, byte[]> Documents => documents;

    /// <inheritdoc />
    public Task<string> SaveAsync(SuggestionNumber number, DateOnly replyDate, ReadOnlyMemory<byte> pdf, CancellationToken cancellationToken = default)
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"{Uri.EscapeDataString(number.Value)}/{replyDate:yyyy-MM-dd}-{Guid.NewGuid():N}.pdf");
        documents[name] = pdf.ToArray();
        return Task.FromResult(name);
    }

    /// <inheritdoc />
    public Task DeleteAsync(string name, CancellationToken cancellationToken = default)
    {
        documents.TryRemove(name, out _);
        return Task.CompletedTask;
    }
}
