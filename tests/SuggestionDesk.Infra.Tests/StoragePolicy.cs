using System.Text.Json.Nodes;

namespace SuggestionDesk.Infra.Tests;

/// <summary>What every storage account must be: reachable only with Entra ID, over HTTPS with TLS 1.2, never public.</summary>
public static class StoragePolicy
{
    /// <summary>Each broken rule, naming the property and the value found; empty when every account is as it must be.</summary>
    public static IReadOnlyList<string> Violations(CompiledTemplate template)
    {
        var accounts = template.Declared("Microsoft.Storage/storageAccounts");
        if (accounts.Count == 0)
        {
            return ["no storage account is declared"];
        }

        var violations = new List<string>();
        foreach (var account in accounts)
        {
            var properties = account.Properties;
            Expect(properties, "allowSharedKeyAccess", false, violations);
            Expect(properties, "allowBlobPublicAccess", false, violations);
            Expect(properties, "supportsHttpsTrafficOnly", true, violations);
            Expect(properties, "minimumTlsVersion", "TLS1_2", violations);
            Expect(properties, "defaultToOAuthAuthentication", true, violations);
            Expect(properties, "allowCrossTenantReplication", false, violations);
        }

        return violations;
    }

    private static void Expect<T>(JsonObject properties, string name, T expected, List<string> violations)
    {
        var node = properties[name];
        var ok = node is JsonValue value && value.TryGetValue<T>(out var actual) && EqualityComparer<T>.Default.Equals(actual, expected);
        if (!ok)
        {
            violations.Add($"{name} is {node?.ToJsonString() ?? "not set"}, must be {expected}");
        }
    }
}
