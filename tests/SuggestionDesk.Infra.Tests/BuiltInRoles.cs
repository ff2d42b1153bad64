namespace SuggestionDesk.Infra.Tests;

/// <summary>The only Azure built-in roles the template assigns (IDs are the same in every cloud).</summary>
public static class BuiltInRoles
{
    public const string StorageTableDataContributor = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3";
    public const string StorageBlobDataOwner = "b7e6dc6d-f1e8-4753-8033-0f276bb0955b";
    public const string StorageBlobDataContributor = "ba92f5b4-2d11-453d-a403-e96b0029c9fe";
    public const string MonitoringMetricsPublisher = "3913510d-42f4-4e42-8a64-420c390055eb";

    /// <summary>Role definition ID → why it is assigned.</summary>
    public static IReadOnlyDictionary<string, string> Allowed { get; } = new Dictionary<string, string>
    {
        [StorageTableDataContributor] = "Storage Table Data Contributor: the app's tables; the operators' cmdlets",
        [StorageBlobDataOwner] = "Storage Blob Data Owner: the Functions host's storage account (leases, keys, the app package)",
        [StorageBlobDataContributor] = "Storage Blob Data Contributor: the app and the operators write the reports container (WORM keeps each report); the app writes the reply documents' container",
        [MonitoringMetricsPublisher] = "Monitoring Metrics Publisher: telemetry with Entra auth",
    };
}
