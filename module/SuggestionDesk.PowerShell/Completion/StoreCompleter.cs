using System.Collections;
using System.Management.Automation;
using System.Management.Automation.Language;
using System.Management.Automation.Runspaces;
using SuggestionDesk.Items;
using SuggestionDesk.PowerShell.Connection;
using SuggestionDesk.Ports;

namespace SuggestionDesk.PowerShell.Completion;

/// <summary>
/// Completes a parameter from the items in the session's store. Without a connection it connects to the default
/// store ($env:SUGGESTIONDESK_STORAGE, else Azurite) as any cmdlet would, if that answers within the time limit, so
/// completion works from the first Tab after Import-Module. It never fails the command line: on any error it offers
/// nothing, and a default store that did not answer is not tried again for half a minute.
/// </summary>
public abstract class StoreCompleter : IArgumentCompleter
{
    private const int MaxResults = 50;
    private static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan ConnectTimeLimit = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan RetryDefaultAfter = TimeSpan.FromSeconds(30);
    private static long defaultFailedAt = long.MinValue;

    /// <inheritdoc />
    public IEnumerable<CompletionResult> CompleteArgument(
        string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        var connection = SessionConnections.Current ?? DefaultConnection();
        if (connection is null)
        {
            return [];
        }

        var typed = CompletionText.Typed(wordToComplete);
        try
        {
            using var timeout = new CancellationTokenSource(TimeLimit);
            return Values(connection, typed, timeout.Token)
                .Where(v => v.StartsWith(typed, StringComparison.OrdinalIgnoreCase))
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal)
                .Take(MaxResults)
                .Select(v => new CompletionResult(CompletionText.For(v), v, CompletionResultType.ParameterValue, v))
                .ToArray();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return [];
        }
    }

    /// <summary>The default store, connected as this session's connection, when it answers within the time limit; else null.</summary>
    private static SuggestionConnection? DefaultConnection()
    {
        var failedAt = Interlocked.Read(ref defaultFailedAt);
        if (Runspace.DefaultRunspace is null || (failedAt != long.MinValue && TimeProvider.System.GetElapsedTime(failedAt) < RetryDefaultAfter))
        {
            return null;
        }

        try
        {
            var connection = SuggestionConnection.FromConnectionString(null);
            using var timeout = new CancellationTokenSource(ConnectTimeLimit);
            connection.Storage.CheckAsync(timeout.Token).GetAwaiter().GetResult();
            SessionConnections.Set(connection);
            return connection;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Interlocked.Exchange(ref defaultFailedAt, TimeProvider.System.GetTimestamp());
            return null;
        }
    }

    /// <summary>The candidate values.</summary>
    internal abstract IEnumerable<string> Values(SuggestionConnection connection, string typed, CancellationToken cancellationToken);

    /// <summary>Items of the open ledger first (what people work on), read once per completion.</summary>
    internal static IEnumerable<SuggestionItem> Items(SuggestionConnection connection, CancellationToken cancellationToken) =>
        connection.Storage.Items.QueryAsync(ItemQuery.All, cancellationToken).ToBlockingEnumerable(cancellationToken);
}

/// <summary>Completes suggestion numbers.</summary>
public sealed class NumberCompleter : StoreCompleter
{
    internal override IEnumerable<string> Values(SuggestionConnection connection, string typed, CancellationToken cancellationToken) =>
        Items(connection, cancellationToken).Select(i => i.Number.Value);
}

/// <summary>Completes department names.</summary>
public sealed class DepartmentCompleter : StoreCompleter
{
    internal override IEnumerable<string> Values(SuggestionConnection connection, string typed, CancellationToken cancellationToken) =>
        Items(connection, cancellationToken).Select(i => i.Department);
}

/// <summary>Completes owners' names.</summary>
public sealed class OwnerCompleter : StoreCompleter
{
    internal override IEnumerable<string> Values(SuggestionConnection connection, string typed, CancellationToken cancellationToken) =>
        Items(connection, cancellationToken).Select(i => i.Owner);
}

/// <summary>Completes owners' e-mail addresses.</summary>
public sealed class OwnerEmailCompleter : StoreCompleter
{
    internal override IEnumerable<string> Values(SuggestionConnection connection, string typed, CancellationToken cancellationToken) =>
        Items(connection, cancellationToken).Select(i => i.OwnerEmail).OfType<string>();
}

/// <summary>Completes session names.</summary>
public sealed class SessionCompleter : StoreCompleter
{
    internal override IEnumerable<string> Values(SuggestionConnection connection, string typed, CancellationToken cancellationToken) =>
        connection.Storage.Items.GetSessionsAsync(cancellationToken).ToBlockingEnumerable(cancellationToken);
}
