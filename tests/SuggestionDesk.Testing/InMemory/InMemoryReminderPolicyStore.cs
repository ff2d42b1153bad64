using SuggestionDesk.Ports;
using SuggestionDesk.Reminders;

namespace SuggestionDesk.Testing;

/// <summary><see cref="IReminderPolicyStore"/> in memory: the default until a policy is saved.</summary>
public sealed class InMemoryReminderPolicyStore : IReminderPolicyStore
{
    private volatile ReminderPolicy? policy;

    /// <inheritdoc />
    public Task<ReminderPolicy> GetAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(policy ?? ReminderPolicy.Default);

    /// <inheritdoc />
    public Task SaveAsync(ReminderPolicy policy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(policy);
        policy.Validated();
        cancellationToken.ThrowIfCancellationRequested();
        this.policy = policy;
        return Task.CompletedTask;
    }
}
