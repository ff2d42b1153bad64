using System.Collections;
using System.Management.Automation;
using System.Management.Automation.Language;
using SuggestionDesk.Items;
using SuggestionDesk.PowerShell.Connection;
using SuggestionDesk.Ports;

namespace SuggestionDesk.PowerShell.Completion;

/// <summary>
/// Completes a parameter from the items in the session's store. Completion never connects on its own and
/// never fails the command line: without a connection, or on any error, it offers nothing.
/// </summary>
public abstract class StoreCompleter : IArgumentCompleter
{
    private const int MaxResults = 50;

    /// <inheritdoc />
    public IEnumerable<CompletionResult> CompleteArgument(
        string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        var connection = SessionConnections.Current;
        if (connection is null)
        {
            return [];
        }

        var typed = CompletionText.Typed(wordToComplete);
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(3));
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
