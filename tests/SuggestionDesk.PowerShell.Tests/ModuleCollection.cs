namespace SuggestionDesk.PowerShell.Tests;

[CollectionDefinition(Name)]
public sealed class ModuleCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Module";
}

internal static class AzuriteSessions
{
    /// <summary>A new runspace with the module imported and connected to fresh tables on <paramref name="azurite"/>.</summary>
    public static PowerShellSession Connect(this AzuriteFixture azurite)
    {
        var session = new PowerShellSession();
        session.Run("Connect-SuggestionStore -ConnectionString $args[0] -TablePrefix $args[1] | Out-Null", azurite.ConnectionString, "ps" + Guid.NewGuid().ToString("N")[..12]);
        return session;
    }
}
