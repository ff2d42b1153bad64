using SuggestionDesk.Graph;
using SuggestionDesk.Mail;
using SuggestionDesk.Storage;
using SuggestionDesk.Reporting;
using SuggestionDesk.Items;

namespace SuggestionDesk.Functions.Settings;

/// <summary>
/// The app's settings, from the <c>SuggestionDesk</c> section (app settings <c>SuggestionDesk__Name</c>) and the
/// schedules at the root, as bound: <see cref="DeskOptions.Read"/> checks and reads them once at start-up, and
/// the runs use the <see cref="DeskOptions"/>. Every one is documented in <c>local.settings.json.example</c>.
/// </summary>
public sealed partial class DeskSettings
{
    /// <summary>The configuration section.</summary>
    public const string Section = "SuggestionDesk";

    /// <summary><c>Global</c> or <c>China</c> (21Vianet): which Graph and which sign-in.</summary>
    public string Cloud { get; set; } = "Global";

    /// <summary>The storage account's table endpoint, reached with the managed identity.</summary>
    public Uri? TableEndpoint { get; set; }

    /// <summary>The storage account's blob endpoint, for the report archive.</summary>
    public Uri? BlobEndpoint { get; set; }

    /// <summary>Instead of the endpoints, a connection string: <c>UseDevelopmentStorage=true</c> for Azurite. Local use only.</summary>
    public string? StorageConnectionString { get; set; }

    /// <summary>The table name prefix; <c>sd</c> by default.</summary>
    public string TablePrefix { get; set; } = "sd";

    /// <summary>The blob container the reports are archived in.</summary>
    public string ReportContainer { get; set; } = BlobReportArchive.DefaultContainer;

    /// <summary><c>Graph</c> (in Azure) or <c>Outbox</c> (.eml files into <see cref="OutboxPath"/>, for local runs).</summary>
    public string Transport { get; set; } = "Graph";

    /// <summary>The Outbox transport's folder.</summary>
    public string? OutboxPath { get; set; }

    /// <summary>The mailbox the messages are sent as.</summary>
    public string? SenderMailbox { get; set; }

    /// <summary>The supervising office's mailbox, used when the directory in the store names none.</summary>
    public string? OfficeMailbox { get; set; }

    /// <summary>The standing committee's recipients of the report, separated by semicolons.</summary>
    public string? CommitteeRecipients { get; set; }

    /// <summary><c>Chinese</c> (default) or <c>English</c>; also 中文, 英文, zh or en.</summary>
    public string Language { get; set; } = "Chinese";

    /// <summary>Another Graph root than the cloud's (a proxy); rarely set.</summary>
    public Uri? GraphEndpoint { get; set; }

    /// <summary>The client id of a user-assigned managed identity; empty for the system-assigned one.</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>
    /// A folder with the office's own fonts (仿宋, 小标宋, 黑体, 楷体, 宋体) for the report, deployed with the app; a
    /// relative path is taken from the app's folder. Empty for the bundled fonts.
    /// </summary>
    public string? ReportFontFolder { get; set; }

    /// <summary>The committee recipients as a list.</summary>
    public IReadOnlyList<string> Committee =>
        (CommitteeRecipients ?? string.Empty).Split(';', ',').Select(r => r.Trim()).Where(r => r.Length > 0).ToArray();
}
