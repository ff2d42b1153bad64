using SuggestionDesk.Calendar;
using SuggestionDesk.Localization;
using SuggestionDesk.Ports;
using SuggestionDesk.PowerShell.Localization;
using SuggestionDesk.Services;
using SuggestionDesk.Storage;

namespace SuggestionDesk.PowerShell.Connection;

/// <summary>
/// A session's connection to one office's tables and report archive on its storage account, as
/// <c>Connect-SuggestionStore</c> returns it. Shows the endpoint, table prefix and report container, never a key.
/// </summary>
public sealed class SuggestionConnection
{
    private readonly Func<IReportArchive> openArchive;
    private WorkingDayCalendar? calendar;
    private IReportArchive? archive;

    private SuggestionConnection(SuggestionStorage storage, string reportContainer, Func<IReportArchive> openArchive)
    {
        Storage = storage;
        ReportContainer = reportContainer;
        this.openArchive = openArchive;
        Services = new SessionServices(this);
    }

    /// <summary>The table prefix, e.g. <c>sd</c>.</summary>
    public string TablePrefix => Storage.Names.Prefix;

    /// <summary>The table service endpoint.</summary>
    public string Endpoint => Storage.Endpoint.ToString();

    /// <summary>The storage account.</summary>
    public string AccountName => Storage.AccountName;

    /// <summary>The blob container of the report archive, e.g. <c>reports</c>: the Functions app's, so both keep one record of who has each report.</summary>
    public string ReportContainer { get; }

    /// <summary><c>ConnectionString</c> or <c>TokenCredential</c>.</summary>
    public string Authentication => Storage.Authentication;

    internal SuggestionStorage Storage { get; }

    /// <summary>The report archive on the same account's blobs, opened when first used (only sending a report needs it).</summary>
    internal IReportArchive ReportArchive => archive ??= openArchive();

    /// <summary>The calendar: built-in years plus those loaded into the store, read once per connection.</summary>
    internal WorkingDayCalendar Calendar(CancellationToken cancellationToken) =>
        calendar ??= new CalendarService(Storage.Calendars, Storage.Items, Storage.DeadlinePolicies).LoadAsync(cancellationToken).GetAwaiter().GetResult();

    /// <summary>Forgets the cached calendar, after a newer year was loaded.</summary>
    internal void ReloadCalendar() => calendar = null;

    /// <summary>The core services over this connection.</summary>
    internal SessionServices Services { get; }

    /// <summary>
    /// The account that <paramref name="connectionString"/> names (see <see cref="SuggestionStorage.ResolveConnectionString"/>):
    /// its tables under <paramref name="tablePrefix"/>, its report archive in <paramref name="reportContainer"/>.
    /// </summary>
    internal static SuggestionConnection FromConnectionString(string? connectionString, string? tablePrefix = null, string? reportContainer = null)
    {
        var resolved = SuggestionStorage.ResolveConnectionString(connectionString);
        var storage = SuggestionStorage.FromConnectionString(resolved, tablePrefix);
        return new(storage, reportContainer ?? BlobReportArchive.DefaultContainer,
            () => BlobReportArchive.FromConnectionString(resolved, storage.ReportRecipients, reportContainer));
    }

    /// <summary>
    /// The account at <paramref name="tableEndpoint"/>, reached with Azure.Identity's default credential; the archive at
    /// <paramref name="blobEndpoint"/>, by default the same account's blob endpoint.
    /// </summary>
    internal static SuggestionConnection FromEndpoint(Uri tableEndpoint, Uri? blobEndpoint, string? tablePrefix = null, string? reportContainer = null)
    {
        var storage = SuggestionStorage.FromEndpoint(tableEndpoint, tablePrefix);
        var blobs = blobEndpoint ?? BlobReportArchive.BlobEndpointBeside(tableEndpoint);
        return new(storage, reportContainer ?? BlobReportArchive.DefaultContainer, () => blobs is null
            ? throw new ArgumentException(MessageText.Format(Messages.BlobEndpointUnknown, tableEndpoint))
            : BlobReportArchive.FromEndpoint(blobs, storage.ReportRecipients, reportContainer));
    }

    /// <inheritdoc />
    public override string ToString() => $"{Endpoint} ({TablePrefix})";
}
