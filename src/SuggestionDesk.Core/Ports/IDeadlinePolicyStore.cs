using SuggestionDesk.Calendar;

namespace SuggestionDesk.Ports;

/// <summary>
/// The office's deadline policy (how long each clock runs, per kind and role), kept with the data so the module and
/// the Functions app compute the same due dates. Changes are checked against the version read, so two people
/// changing it at once never silently overwrite each other.
/// </summary>
public interface IDeadlinePolicyStore
{
    /// <summary>The stored policy with its version, or <see cref="DeadlinePolicy.Default"/> with no version when none was set.</summary>
    Task<StoredDeadlinePolicy> GetAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores <paramref name="policy"/> if the stored one is still at <paramref name="version"/> (null: none was stored),
    /// and returns it with its new version; throws <see cref="PolicyConflictException"/> when someone changed it since.
    /// </summary>
    Task<StoredDeadlinePolicy> SaveAsync(DeadlinePolicy policy, string? version, CancellationToken cancellationToken = default);
}

/// <summary>A deadline policy as read from a store.</summary>
/// <param name="Policy">The policy.</param>
/// <param name="Version">The version it was read at; null when none was stored and the defaults apply.</param>
public sealed record StoredDeadlinePolicy(DeadlinePolicy Policy, string? Version);
