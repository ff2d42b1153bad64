using System.Collections.Concurrent;
using SuggestionDesk.Ports;

namespace SuggestionDesk.Testing;

/// <summary><see cref="IReportArchive"/> in memory: each name added once, never replaced; the recipients as last recorded.</summary>
public sealed class InMemoryReportArchive : IReportArchive
{
    private readonly ConcurrentDictionary<string, ArchivedReport> reports = new(StringComparer.Ordinal);

    /// <summary>The names archived so far.</summary>
    public IReadOnlyCollection<string> Names => reports.Keys.ToArray();

    /// <inheritdoc />
    public Task<ArchivedReport?> FindAsync(string name, CancellationToken cancellationToken = default) =>
        Task.FromResult(reports.TryGetValue(name, out var report) ? report : null);

    /// <inheritdoc />
    public Task<bool> TryAddAsync(string name, ReadOnlyMemory<byte> pdf, int pages, CancellationToken cancellationToken = default) =>
        Task.FromResult(reports.TryAdd(name, new ArchivedReport(name, pdf.ToArray(), pages, new HashSet<string>(StringComparer.OrdinalIgnoreCase))));

    /// <inheritdoc />
    public Task RecordSentAsync(string name, IReadOnlyCollection<string> recipients, CancellationToken cancellationToken = default)
    {
        reports.AddOrUpdate(name, _ => throw new InvalidOperationException($"No report '{name}' to record recipients of."),
            (_, report) => report with { SentTo = recipients.ToHashSet(StringComparer.OrdinalIgnoreCase) });
        return Task.CompletedTask;
    }
}
