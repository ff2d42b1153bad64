using SuggestionDesk.Reminders;

namespace SuggestionDesk.Ports;

/// <summary>The office's reminder policy, kept with the data so the module and the Functions app use the same one.</summary>
public interface IReminderPolicyStore
{
    /// <summary>The stored policy, or <see cref="ReminderPolicy.Default"/> when none was set.</summary>
    Task<ReminderPolicy> GetAsync(CancellationToken cancellationToken = default);

    /// <summary>Stores <paramref name="policy"/> after checking it.</summary>
    Task SaveAsync(ReminderPolicy policy, CancellationToken cancellationToken = default);
}
