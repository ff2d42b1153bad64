using System.Management.Automation.Runspaces;
using System.Runtime.CompilerServices;
using SuggestionDesk.PowerShell.Localization;

namespace SuggestionDesk.PowerShell.Connection;

/// <summary>
/// The current connection of each runspace: two runspaces (say, two ForEach-Object -Parallel threads or two
/// hosted sessions) never share or overwrite each other's connection.
/// </summary>
internal static class SessionConnections
{
    private static readonly ConditionalWeakTable<Runspace, SuggestionConnection> Connections = new();

    public static SuggestionConnection? Current =>
        Runspace.DefaultRunspace is { } runspace && Connections.TryGetValue(runspace, out var connection) ? connection : null;

    public static void Set(SuggestionConnection connection)
    {
        var runspace = Runspace.DefaultRunspace ?? throw new InvalidOperationException(Messages.NoRunspace);
        Connections.AddOrUpdate(runspace, connection);
    }
}
