using SuggestionDesk.Testing;

namespace SuggestionDesk.PowerShell.Tests;

/// <summary>One Azurite for the run; every session gets its own table prefix.</summary>
public sealed class ModuleFixture : IAsyncLifetime
{
    private AzuriteServer? server;

    public string ConnectionString => server?.ConnectionString ?? throw new InvalidOperationException("Azurite is not started.");

    public async Task InitializeAsync() => server = await AzuriteServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }

    /// <summary>A new runspace with the module imported and connected to fresh tables.</summary>
    public PowerShellSession Connect()
    {
        var session = new PowerShellSession();
        session.Run("Connect-SuggestionStore -ConnectionString $args[0] -TablePrefix $args[1] | Out-Null", ConnectionString, "ps" + Guid.NewGuid().ToString("N")[..12]);
        return session;
    }
}

[CollectionDefinition(Name)]
public sealed class ModuleCollection : ICollectionFixture<ModuleFixture>
{
    public const string Name = "Module";
}
