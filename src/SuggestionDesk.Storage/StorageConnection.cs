using Azure.Core;
using Azure.Data.Tables;

namespace SuggestionDesk.Storage;

/// <summary>How hosts reach the store: a connection string (Azurite by default) or an endpoint with a token credential.</summary>
public static class StorageConnection
{
    /// <summary>The environment variable holding the connection string when none is given.</summary>
    public const string EnvironmentVariable = "SUGGESTIONDESK_STORAGE";

    /// <summary>The local default: Azurite on its standard ports.</summary>
    public const string LocalDefault = "UseDevelopmentStorage=true";

    /// <summary>The connection string to use: the one given, else <see cref="EnvironmentVariable"/>, else <see cref="LocalDefault"/>.</summary>
    public static string Resolve(string? connectionString) =>
        !string.IsNullOrWhiteSpace(connectionString) ? connectionString
        : Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment
        : LocalDefault;

    /// <summary>A store on the account named by <paramref name="connectionString"/> (see <see cref="Resolve"/>).</summary>
    public static TableSuggestionStore Open(string? connectionString, string? tablePrefix = null) =>
        new(new TableServiceClient(Resolve(connectionString)), new TableNames(tablePrefix));

    /// <summary>A store on <paramref name="tableEndpoint"/>, authenticated with <paramref name="credential"/> (e.g. a managed identity).</summary>
    public static TableSuggestionStore Open(Uri tableEndpoint, TokenCredential credential, string? tablePrefix = null) =>
        new(new TableServiceClient(tableEndpoint, credential), new TableNames(tablePrefix));
}
