using Azure.Data.Tables;
using SuggestionDesk.Storage;

namespace SuggestionDesk.Ledger.Tests;

/// <summary>One Azurite for the whole test run; each test gets its own table prefix.</summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private AzuriteServer? server;

    public TableServiceClient Service { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        server = await AzuriteServer.StartAsync();
        Service = new TableServiceClient(server.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }

    /// <summary>A store on fresh tables with a unique prefix.</summary>
    public TableSuggestionStore NewStore() => new(Service, new TableNames("l" + Guid.NewGuid().ToString("N")[..12]));
}

[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
