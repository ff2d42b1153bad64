using Azure;
using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using SuggestionDesk.Localization;
using SuggestionDesk.Ports;

namespace SuggestionDesk.Storage;

/// <summary>
/// One office's tables on one storage account: the item store and the calendar store, reached with a
/// connection string (Azurite by default) or an endpoint and a token credential (managed identity, Azure CLI).
/// </summary>
public sealed partial class SuggestionStorage
{
    /// <summary>The environment variable holding the connection string when none is given.</summary>
    public const string EnvironmentVariable = "SUGGESTIONDESK_STORAGE";

    /// <summary>The local default: Azurite on its standard ports.</summary>
    public const string LocalDefault = "UseDevelopmentStorage=true";

    private readonly TableServiceClient service;
    private readonly Func<TableClientOptions, TableServiceClient> reopen;

    private SuggestionStorage(TableServiceClient service, Func<TableClientOptions, TableServiceClient> reopen, TableNames names, string authentication)
    {
        this.service = service;
        this.reopen = reopen;
        Names = names;
        Authentication = authentication;
        Items = new TableSuggestionStore(service, names);
        Calendars = new TableCalendarStore(service, names);
        ReminderLog = new TableReminderLog(service, names);
        Directory = new TableReminderDirectoryStore(service, names);
        ReminderPolicies = new TableReminderPolicyStore(service, names);
        DeadlinePolicies = new TableDeadlinePolicyStore(service, names);
        RunLocks = new TableRunLock(service, names);
        ReportRecipients = new TableReportRecipients(service, names);
        RunRecords = new TableRunRecords(service, names);
    }

    /// <summary>The items, their history and contacts.</summary>
    public TableSuggestionStore Items { get; }

    /// <summary>Holiday calendar years loaded after release.</summary>
    public TableCalendarStore Calendars { get; }

    /// <summary>What reminders were sent.</summary>
    public TableReminderLog ReminderLog { get; }

    /// <summary>The department directory and the office mailbox.</summary>
    public TableReminderDirectoryStore Directory { get; }

    /// <summary>The reminder policy.</summary>
    public TableReminderPolicyStore ReminderPolicies { get; }

    /// <summary>The deadline policy: how long each clock runs, per kind and role.</summary>
    public TableDeadlinePolicyStore DeadlinePolicies { get; }

    /// <summary>Locks that make two runs of one job take turns.</summary>
    public TableRunLock RunLocks { get; }

    /// <summary>Who has been sent each archived report.</summary>
    public TableReportRecipients ReportRecipients { get; }

    /// <summary>What each reminder, digest and report run did.</summary>
    public TableRunRecords RunRecords { get; }

    /// <summary>The tables in use.</summary>
    public TableNames Names { get; }

    /// <summary>The table service endpoint (never a key).</summary>
    public Uri Endpoint => service.Uri;

    /// <summary>The storage account's name.</summary>
    public string AccountName => service.AccountName;

    /// <summary>How it authenticates: <c>ConnectionString</c> or <c>TokenCredential</c>.</summary>
    public string Authentication { get; }

    /// <summary>The connection string to use: the one given, else <see cref="EnvironmentVariable"/>, else <see cref="LocalDefault"/>.</summary>
    public static string ResolveConnectionString(string? connectionString) =>
        !string.IsNullOrWhiteSpace(connectionString) ? connectionString
        : Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment
        : LocalDefault;

    /// <summary>Opens the account named by <paramref name="connectionString"/> (see <see cref="ResolveConnectionString"/>).</summary>
    public static SuggestionStorage FromConnectionString(string? connectionString, string? tablePrefix = null) =>
        FromConnectionString(connectionString, tablePrefix, options: null);

    /// <summary>
    /// As <see cref="FromConnectionString(string?, string?)"/> with the Tables client's options (the benchmarks add a
    /// pipeline policy that counts the entities read). Internal so no Azure type shows in what the module calls.
    /// </summary>
    internal static SuggestionStorage FromConnectionString(string? connectionString, string? tablePrefix, TableClientOptions? options)
    {
        var resolved = ResolveConnectionString(connectionString);
        var names = new TableNames(tablePrefix);
        options = ClientDiagnostics.Tables(names, options);
        TableServiceClient service;
        try
        {
            service = options is null ? new TableServiceClient(resolved) : new TableServiceClient(resolved, options);
        }
        catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException)
        {
            throw new ArgumentException(MessageText.Format(Localization.Messages.StoreConnectionStringInvalid, e.Message), e);
        }

        return new SuggestionStorage(service, o => new TableServiceClient(resolved, ClientDiagnostics.Tables(names, o)), names, "ConnectionString");
    }

    /// <summary>
    /// Opens <paramref name="tableEndpoint"/> with Azure.Identity's DefaultAzureCredential (managed identity in
    /// Azure, the Azure CLI login on a workstation). Its signature holds no Azure type, so the PowerShell
    /// module can call it without loading the Azure SDK outside its own load context.
    /// </summary>
    public static SuggestionStorage FromEndpoint(Uri tableEndpoint, string? tablePrefix = null) =>
        FromEndpoint(tableEndpoint, new DefaultAzureCredential(), tablePrefix);

    /// <summary>Opens <paramref name="tableEndpoint"/> with <paramref name="credential"/> (e.g. a managed identity).</summary>
    public static SuggestionStorage FromEndpoint(Uri tableEndpoint, TokenCredential credential, string? tablePrefix = null)
    {
        ArgumentNullException.ThrowIfNull(credential);
        ArgumentNullException.ThrowIfNull(tableEndpoint);
        if (!tableEndpoint.IsAbsoluteUri || tableEndpoint.Scheme is not ("https" or "http"))
        {
            throw new ArgumentException(MessageText.Format(Localization.Messages.StoreTableEndpointInvalid, tableEndpoint));
        }

        var names = new TableNames(tablePrefix);
        return new SuggestionStorage(
            new TableServiceClient(tableEndpoint, credential, ClientDiagnostics.Tables(names, null)),
            o => new TableServiceClient(tableEndpoint, credential, ClientDiagnostics.Tables(names, o)), names, "TokenCredential");
    }

    /// <summary>
    /// The core's store exception for <paramref name="e"/> when it is a failure of this store or the network (the
    /// service went away, refused access, answered an error), with a message naming the service and what to do;
    /// null when <paramref name="e"/> is not the store's. Its signature holds no Azure type, for the module.
    /// </summary>
    public Exception? Explain(Exception e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return StoreFailures.Explain(e, Endpoint);
    }

    /// <summary>
    /// Reaches the service and creates the tables if needed; throws <see cref="StoreUnavailableException"/> saying what
    /// to do when it cannot. A first request, tried once, finds what retrying cannot mend (refused credentials, nothing
    /// listening, a name that does not resolve) within about a second; anything else gets the client's retries.
    /// </summary>
    public async Task CheckAsync(CancellationToken cancellationToken = default)
    {
        var withKey = Authentication == "ConnectionString";
        try
        {
            var once = new TableClientOptions();
            once.Retry.MaxRetries = 0;
            await reopen(once).GetTableClient(Names.Items).CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (StoreFailures.AtConnect(e, Endpoint, withKey) is { } clear)
        {
            throw clear;
        }
        catch (Exception e) when (e is RequestFailedException or HttpRequestException)
        {
            // Perhaps passing (busy, a dropped connection): the check below retries.
        }

        try
        {
            await Items.EnsureTablesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is RequestFailedException or AuthenticationFailedException or CredentialUnavailableException or HttpRequestException or AggregateException)
        {
            if (StoreFailures.AtConnect(e, Endpoint, withKey) is { } clear)
            {
                throw clear;
            }

            var hint = withKey
                ? Localization.Messages.StoreConnectCheckService
                : Localization.Messages.StoreConnectSignIn;
            int? status = e is RequestFailedException { Status: > 0 } failed ? failed.Status : null;
            var what = status is null ? Reason(e) : MessageText.Format(Localization.Messages.StoreAnsweredHttp, status);
            throw new StoreUnavailableException(MessageText.Format(Localization.Messages.StoreCouldNotReach, Endpoint, what, hint), e, status);
        }
    }

    /// <summary>What the innermost exception says, its first line only (never a request dump or the SDK's retry text).</summary>
    private static string Reason(Exception e)
    {
        var cause = e;
        while (((cause as AggregateException)?.InnerExceptions[^1] ?? cause.InnerException) is { } inner)
        {
            cause = inner;
        }

        return cause is AuthenticationFailedException or CredentialUnavailableException
            ? MessageText.Format(Localization.Messages.StoreSignInFailed, cause.Message.Split('\n')[0].Trim())
            : cause.Message.Split('\n')[0].Trim();
    }
}
