using SuggestionDesk.Calendar;
using SuggestionDesk.Services;
using SuggestionDesk.Storage;

namespace SuggestionDesk.PowerShell.Connection;

/// <summary>
/// A session's connection to one office's tables, as <c>Connect-SuggestionStore</c> returns it. Shows the
/// endpoint and table prefix, never a key.
/// </summary>
public sealed class SuggestionConnection
{
    private WorkingDayCalendar? calendar;

    internal SuggestionConnection(SuggestionStorage storage)
    {
        Storage = storage;
        Services = new SessionServices(this);
    }

    /// <summary>The table prefix, e.g. <c>sd</c>.</summary>
    public string TablePrefix => Storage.Names.Prefix;

    /// <summary>The table service endpoint.</summary>
    public string Endpoint => Storage.Endpoint.ToString();

    /// <summary>The storage account.</summary>
    public string AccountName => Storage.AccountName;

    /// <summary><c>ConnectionString</c> or <c>TokenCredential</c>.</summary>
    public string Authentication => Storage.Authentication;

    internal SuggestionStorage Storage { get; }

    /// <summary>The calendar: built-in years plus those loaded into the store, read once per connection.</summary>
    internal WorkingDayCalendar Calendar(CancellationToken cancellationToken) =>
        calendar ??= new CalendarService(Storage.Calendars, Storage.Items, Storage.DeadlinePolicies).LoadAsync(cancellationToken).GetAwaiter().GetResult();

    /// <summary>Forgets the cached calendar, after a newer year was loaded.</summary>
    internal void ReloadCalendar() => calendar = null;

    /// <summary>The core services over this connection.</summary>
    internal SessionServices Services { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Endpoint} ({TablePrefix})";
}
