using System.Collections.Concurrent;
using SuggestionDesk.Ports;
using SuggestionDesk.Runs;

namespace SuggestionDesk.Testing;

/// <summary><see cref="IRunRecordStore"/> in memory.</summary>
public sealed class InMemoryRunRecords : IRunRecordStore
{
    private readonly ConcurrentQueue<RunRecord> records = new();

    /// <summary>Every record kept, in the order added.</summary>
    public IReadOnlyList<RunRecord> All => records.ToArray();

    /// <inheritdoc />
    public Task AddAsync(RunRecord record, CancellationToken cancellationToken = default)
    {
        records.Enqueue(record);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<RunRecord>> ListAsync(RunKind? kind, int last, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<RunRecord>>(records.Where(r => kind is null || r.Kind == kind).OrderByDescending(r => r.Started).Take(Math.Max(0, last)).ToArray());
}
