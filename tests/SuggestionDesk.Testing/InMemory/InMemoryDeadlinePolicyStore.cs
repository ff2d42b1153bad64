using System.Globalization;
using SuggestionDesk.Calendar;
using SuggestionDesk.Ports;

namespace SuggestionDesk.Testing;

/// <summary>
/// <see cref="IDeadlinePolicyStore"/> in memory: the default until a policy is saved; each save is a new version, and
/// a save naming another version (or none, when one is stored) is refused as the table store refuses it.
/// </summary>
public sealed class InMemoryDeadlinePolicyStore : IDeadlinePolicyStore
{
    private readonly Lock gate = new();
    private StoredDeadlinePolicy stored = new(DeadlinePolicy.Default, null);
    private int saves;

    /// <summary>A store holding <paramref name="policy"/>, as if it had been saved.</summary>
    public static InMemoryDeadlinePolicyStore With(DeadlinePolicy policy)
    {
        var store = new InMemoryDeadlinePolicyStore();
        store.SaveAsync(policy, null).GetAwaiter().GetResult();
        return store;
    }

    /// <inheritdoc />
    public Task<StoredDeadlinePolicy> GetAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            return Task.FromResult(stored);
        }
    }

    /// <inheritdoc />
    public Task<StoredDeadlinePolicy> SaveAsync(DeadlinePolicy policy, string? version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(policy);
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            if (version != stored.Version)
            {
                throw new PolicyConflictException("deadline policy",
                    "The deadline policy was changed by someone else after it was read, so this change was not saved. Read the policy again and repeat the change.");
            }

            stored = new StoredDeadlinePolicy(policy, (++saves).ToString(CultureInfo.InvariantCulture));
            return Task.FromResult(stored);
        }
    }
}
