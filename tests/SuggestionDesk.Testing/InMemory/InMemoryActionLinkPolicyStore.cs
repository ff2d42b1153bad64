using SuggestionDesk.Actions;
using SuggestionDesk.Ports;

namespace SuggestionDesk.Testing;

/// <summary><see cref="IActionLinkPolicyStore"/> in memory: the default until a policy is saved.</summary>
public sealed class InMemoryActionLinkPolicyStore : IActionLinkPolicyStore
{
    private volatile ActionLinkPolicy? policy;

    /// <inheritdoc />
    public Task<ActionLinkPolicy> GetAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(policy ?? ActionLinkPolicy.Default);

    /// <inheritdoc />
    public Task SaveAsync(ActionLinkPolicy policy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(policy);
        policy.Validated();
        cancellationToken.ThrowIfCancellationRequested();
        this.policy = policy;
        return Task.CompletedTask;
    }
}
