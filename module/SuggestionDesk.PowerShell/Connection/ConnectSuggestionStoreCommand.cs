using System.Management.Automation;
using SuggestionDesk.PowerShell.Base;
using SuggestionDesk.Storage;

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

    /// <summary>A storage connection string; by default $env:SUGGESTIONDESK_STORAGE, else UseDevelopmentStorage=true (Azurite).</summary>
    [Parameter(ParameterSetName = ConnectionStringSet, Position = 0)]
    public string? ConnectionString { get; set; }

    /// <summary>A table service endpoint, reached with Azure.Identity's default credential (managed identity, Azure CLI login).</summary>
    [Parameter(ParameterSetName = EndpointSet, Mandatory = true)]
    public Uri? TableEndpoint { get; set; }

    /// <summary>The office's table prefix (letters and digits); by default <c>sd</c>.</summary>
    [Parameter]
    [ValidatePattern("^[A-Za-z][A-Za-z0-9]{0,39}$")]
    public string? TablePrefix { get; set; }

    /// <summary>Returns the connection without making it this session's default (to work with several offices' stores at once).</summary>
    [Parameter]
    public SwitchParameter ReturnConnection { get; set; }

    /// <inheritdoc />
    protected override void ExecuteCmdlet()
    {
        var storage = TableEndpoint is not null
            ? SuggestionStorage.FromEndpoint(TableEndpoint, TablePrefix)
            : SuggestionStorage.FromConnectionString(ConnectionString, TablePrefix);
        storage.CheckAsync(Cancellation).GetAwaiter().GetResult();
        var connection = new SuggestionConnection(storage);
        if (!ReturnConnection)
        {
            SessionConnections.Set(connection);
        }

        WriteObject(connection);
    }
}
