using SuggestionDesk.Storage;

namespace SuggestionDesk.PowerShell.Tests.Faults;

/// <summary>One set of tables that several runspaces (or processes) connect to, as several people in an office do.</summary>
internal sealed class SharedStore(AzuriteFixture azurite)
{
    public string Prefix { get; } = AzuriteFixture.NewNames().Prefix;

    public string ConnectionString => azurite.ConnectionString;

    public SuggestionStorage Storage => SuggestionStorage.FromConnectionString(ConnectionString, Prefix);

    /// <summary>A new runspace with the module imported, connected to these tables.</summary>
    public PowerShellSession Connect() => azurite.Connect(Prefix);
}
