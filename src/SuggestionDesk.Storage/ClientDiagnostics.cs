using System.Collections.Concurrent;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Azure.Storage.Blobs;

namespace SuggestionDesk.Storage;

/// <summary>
/// A pipeline policy added to every Tables and Blob client opened for one table prefix: how the tests and the
/// benchmarks count the requests a command makes (and the benchmarks simulate a network's round trip). Nothing is
/// registered in normal use, and then the clients are opened exactly as without it.
/// </summary>
internal static class ClientDiagnostics
{
    private static readonly ConcurrentDictionary<string, HttpPipelinePolicy> Policies = new(StringComparer.Ordinal);

    /// <summary>Adds <paramref name="policy"/> (per retry: every request sent) to the clients opened for <paramref name="tablePrefix"/> until disposed.</summary>
    public static IDisposable Observe(string tablePrefix, HttpPipelinePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var prefix = new TableNames(tablePrefix).Prefix;
        Policies[prefix] = policy;
        return new Registration(prefix, policy);
    }

    /// <summary><paramref name="options"/> with the policy observing <paramref name="names"/> added, if any; else unchanged.</summary>
    public static TableClientOptions? Tables(TableNames names, TableClientOptions? options)
    {
        if (!Policies.TryGetValue(names.Prefix, out var policy))
        {
            return options;
        }

        options ??= new TableClientOptions();
        options.AddPolicy(policy, HttpPipelinePosition.PerRetry);
        return options;
    }

    /// <summary>Blob client options with the policy observing <paramref name="names"/> added, or null when none observes it.</summary>
    public static BlobClientOptions? Blobs(TableNames names)
    {
        if (!Policies.TryGetValue(names.Prefix, out var policy))
        {
            return null;
        }

        var options = new BlobClientOptions();
        options.AddPolicy(policy, HttpPipelinePosition.PerRetry);
        return options;
    }

    private sealed class Registration(string prefix, HttpPipelinePolicy policy) : IDisposable
    {
        public void Dispose() => Policies.TryRemove(new KeyValuePair<string, HttpPipelinePolicy>(prefix, policy));
    }
}
