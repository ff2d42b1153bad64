using SuggestionDesk.Actions;

namespace SuggestionDesk.Ports;

/// <summary>The office's setting for reminder links, kept with the data so the module and the Functions app use the same one.</summary>
public interface IActionLinkPolicyStore
{
    /// <summary>The stored policy, or <see cref="ActionLinkPolicy.Default"/> when none was set.</summary>
    Task<ActionLinkPolicy> GetAsync(CancellationToken cancellationToken = default);

    /// <summary>Stores <paramref name="policy"/> after checking it.</summary>
    Task SaveAsync(ActionLinkPolicy policy, CancellationToken cancellationToken = default);
}
