using Azure.Data.Tables;
using SuggestionDesk.Storage;
using Xunit;

namespace SuggestionDesk.Testing;

/// <summary>One Azurite for a test assembly's run (an xunit collection fixture); each store gets a fresh table prefix.</summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private AzuriteServer? server;

    /// <summary>The connection string of the running emulator.</summary>
    public string ConnectionString => server?.ConnectionString ?? throw new InvalidOperationException("Azurite is not started.");

    /// <summary>A table service client on the emulator.</summary>
    public TableServiceClient Service { get; private set; } = null!;

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        server = await AzuriteServer.StartAsync();
        Service = new TableServiceClient(server.ConnectionString);
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }

    /// <summary>A store on fresh tables with a unique prefix.</summary>
    public TableSuggestionStore NewStore() => new(Service, NewNames());

    /// <summary>A fresh, unique table prefix.</summary>
    public static TableNames NewNames() => new("t" + Guid.NewGuid().ToString("N")[..12]);
}
