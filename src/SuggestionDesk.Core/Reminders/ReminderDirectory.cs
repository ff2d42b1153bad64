namespace SuggestionDesk.Reminders;

/// <summary>
/// Who is told besides the owner: each department's head (分管领导 / 处室负责人) and the supervising office's
/// mailbox (督办). Kept in the store and managed with cmdlets.
/// </summary>
/// <param name="Office">The supervising office's mailbox.</param>
/// <param name="DepartmentHeads">Department name → the head's e-mail.</param>
public sealed record ReminderDirectory(string? Office, IReadOnlyDictionary<string, string> DepartmentHeads)
{
    /// <summary>Nobody configured: only owners are reminded.</summary>
    public static ReminderDirectory Empty { get; } = new(null, new Dictionary<string, string>());

    /// <summary>The head of <paramref name="department"/>, if configured.</summary>
    public string? HeadOf(string department) => DepartmentHeads.TryGetValue(department, out var head) ? head : null;
}
