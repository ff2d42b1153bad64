namespace SuggestionDesk.PowerShell.Tests;

[CollectionDefinition(Name)]
public sealed class ModuleCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Module";
}

internal static class AzuriteSessions
{
    /// <summary>
    /// A new runspace with the module imported and connected to the tables named by <paramref name="prefix"/> on
    /// <paramref name="azurite"/> (fresh ones when none is given).
    /// </summary>
    public static PowerShellSession Connect(this AzuriteFixture azurite, string? prefix = null)
    {
        var session = new PowerShellSession();
        session.RunClean("Connect-SuggestionStore -ConnectionString $args[0] -TablePrefix $args[1] | Out-Null", azurite.ConnectionString, prefix ?? AzuriteFixture.NewNames().Prefix);
        return session;
    }
}
