using System.Management.Automation;
using SuggestionDesk.PowerShell.Base;

namespace SuggestionDesk.PowerShell.Connection;

/// <summary>
/// <para type="synopsis">Connects this session to an office's suggestion tables.</para>
/// </summary>
[Cmdlet(VerbsCommunications.Connect, "SuggestionStore", DefaultParameterSetName = ConnectionStringSet)]
[OutputType(typeof(SuggestionConnection))]
public sealed class ConnectSuggestionStoreCommand : SuggestionCmdlet
{
    private const string ConnectionStringSet = "ConnectionString";
    private const string EndpointSet = "Endpoint";

    /// <summary>
    /// A storage connection string, as a string or a SecureString (Get-Secret output); by default
    /// $env:SUGGESTIONDESK_STORAGE, else UseDevelopmentStorage=true (Azurite).
    /// </summary>
    [Parameter(ParameterSetName = ConnectionStringSet, Position = 0)]
    [SecretText]
    public string? ConnectionString { get; set; }

    /// <summary>A table service endpoint, reached with Azure.Identity's default credential (managed identity, Azure CLI login).</summary>
    [Parameter(ParameterSetName = EndpointSet, Mandatory = true)]
    public Uri? TableEndpoint { get; set; }

    /// <summary>With -TableEndpoint: the blob service endpoint of the report archive; by default the same account's.</summary>
    [Parameter(ParameterSetName = EndpointSet)]
    public Uri? BlobEndpoint { get; set; }

    /// <summary>The office's table prefix (letters and digits); by default <c>sd</c>.</summary>
    [Parameter]
    [ValidatePattern("^[A-Za-z][A-Za-z0-9]{0,39}$")]
    public string? TablePrefix { get; set; }

    /// <summary>The blob container of the report archive (the Functions app's SuggestionDesk__ReportContainer); by default <c>reports</c>.</summary>
    [Parameter]
    [ValidatePattern("^(?=.{3,63}$)[a-z0-9]+(-[a-z0-9]+)*$")]
    public string? ReportContainer { get; set; }

    /// <summary>Returns the connection without making it this session's default (to work with several offices' stores at once).</summary>
    [Parameter]
    public SwitchParameter ReturnConnection { get; set; }

    /// <inheritdoc />
    protected override void ExecuteCmdlet()
    {
        var connection = TableEndpoint is not null
            ? SuggestionConnection.FromEndpoint(TableEndpoint, BlobEndpoint, TablePrefix, ReportContainer)
            : SuggestionConnection.FromConnectionString(ConnectionString, TablePrefix, ReportContainer);
        connection.Storage.CheckAsync(Cancellation).GetAwaiter().GetResult();
        if (!ReturnConnection)
        {
            SessionConnections.Set(connection);
        }

        WriteObject(connection);
    }
}
