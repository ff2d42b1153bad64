namespace SuggestionDesk.Storage;

/// <summary>
/// How many requests one store keeps in flight at once: the one setting each store takes, from which every parallel
/// operation follows (reads use it whole; transactions, heavier on the service, use half). The defaults were measured
/// against Azurite (docs/performance.md): more in flight gained nothing there.
/// </summary>
/// <param name="Reads">Point reads, queries and small claims in flight at once.</param>
public sealed record RequestsInFlight(int Reads = 8)
{
    /// <summary>The setting stores use unless given another.</summary>
    public static RequestsInFlight Default { get; } = new();

    /// <summary>Transactions and their take-overs in flight at once.</summary>
    public int Writes => Math.Max(1, Reads / 2);

    /// <summary>Parallel options for reads.</summary>
    internal ParallelOptions ForReads(CancellationToken cancellationToken) => new() { MaxDegreeOfParallelism = Math.Max(1, Reads), CancellationToken = cancellationToken };

    /// <summary>Parallel options for writes.</summary>
    internal ParallelOptions ForWrites(CancellationToken cancellationToken) => new() { MaxDegreeOfParallelism = Writes, CancellationToken = cancellationToken };
}
