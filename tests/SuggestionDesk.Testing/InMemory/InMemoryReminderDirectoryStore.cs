using SuggestionDesk.Items;
using SuggestionDesk.Ports;
using SuggestionDesk.Reminders;

namespace SuggestionDesk.Testing;

/// <summary><see cref="IReminderDirectoryStore"/> in memory, checking addresses and departments as the table store does.</summary>
public sealed class InMemoryReminderDirectoryStore : IReminderDirectoryStore
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, string> heads = new(StringComparer.Ordinal);
    private string? office;

    /// <inheritdoc />
    public Task<ReminderDirectory> GetAsync(CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult(new ReminderDirectory(office, new Dictionary<string, string>(heads, StringComparer.Ordinal)));
        }
    }

    /// <inheritdoc />
    public Task SetOfficeAsync(string? mailbox, CancellationToken cancellationToken = default)
    {
        var checkedMailbox = mailbox is null ? null : EmailRule.Check(mailbox, "Office mailbox");
        lock (gate)
        {
            office = checkedMailbox;
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task SetHeadAsync(string department, string? mailbox, CancellationToken cancellationToken = default)
    {
        var name = TextRules.Required(department?.Trim(), "Department");
        var checkedMailbox = mailbox is null ? null : EmailRule.Check(mailbox, $"Head of {name}");
        lock (gate)
        {
            if (checkedMailbox is null)
            {
                heads.Remove(name);
            }
            else
            {
                heads[name] = checkedMailbox;
            }
        }

        return Task.CompletedTask;
    }
}
