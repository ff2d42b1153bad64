using Azure.Data.Tables;
using SuggestionDesk.Storage;
using SuggestionDesk.Testing;

namespace SuggestionDesk.Storage.Tests;

/// <summary>One Azurite for the whole test run; each test class gets its own table prefix.</summary>
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
    public TableSuggestionStore NewStore() => new(Service, NewNames());

    /// <summary>A fresh, unique table prefix.</summary>
    public static TableNames NewNames() => new("t" + Guid.NewGuid().ToString("N")[..12]);
}

[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
