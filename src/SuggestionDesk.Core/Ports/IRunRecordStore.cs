using SuggestionDesk.Runs;

namespace SuggestionDesk.Ports;

/// <summary>Where run records are kept.</summary>
public interface IRunRecordStore
{
    /// <summary>Keeps <paramref name="record"/>.</summary>
    Task AddAsync(RunRecord record, CancellationToken cancellationToken = default);

    /// <summary>The newest <paramref name="last"/> records, of <paramref name="kind"/> or of every kind, newest first.</summary>
    Task<IReadOnlyList<RunRecord>> ListAsync(RunKind? kind, int last, CancellationToken cancellationToken = default);
}
