using SuggestionDesk.Ports;
using SuggestionDesk.Reminders;

namespace SuggestionDesk.Functions.Hosting;

/// <summary>The directory kept in the store, with the office mailbox from the app settings standing in when the store names none.</summary>
internal sealed class OfficeFallbackDirectory(IReminderDirectoryStore store, string? office) : IReminderDirectoryStore
{
    public async Task<ReminderDirectory> GetAsync(CancellationToken cancellationToken = default)
    {
        var directory = await store.GetAsync(cancellationToken).ConfigureAwait(false);
        return directory.Office is null && office is not null ? directory with { Office = office } : directory;
    }

    public Task SetOfficeAsync(string? mailbox, CancellationToken cancellationToken = default) => store.SetOfficeAsync(mailbox, cancellationToken);

    public Task SetHeadAsync(string department, string? mailbox, CancellationToken cancellationToken = default) => store.SetHeadAsync(department, mailbox, cancellationToken);
}
