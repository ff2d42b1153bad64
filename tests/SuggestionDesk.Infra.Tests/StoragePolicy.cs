using System.Text.Json.Nodes;

namespace SuggestionDesk.Infra.Tests;

/// <summary>What the storage account must be: reachable only with Entra ID, over HTTPS with TLS 1.2, never public.</summary>
public static class StoragePolicy
{
    /// <summary>Each broken rule, naming the property and the value found; empty when the account is as it must be.</summary>
    public static IReadOnlyList<string> Violations(CompiledTemplate template)
    {
        var accounts = template.Declared("Microsoft.Storage/storageAccounts");
        if (accounts.Count != 1)
        {
            return [$"expected one storage account, found {accounts.Count}"];
        }

        var properties = accounts[0].Properties;
        var violations = new List<string>();
        Expect(properties, "allowSharedKeyAccess", false, violations);
        Expect(properties, "allowBlobPublicAccess", false, violations);
        Expect(properties, "supportsHttpsTrafficOnly", true, violations);
        Expect(properties, "minimumTlsVersion", "TLS1_2", violations);
        Expect(properties, "defaultToOAuthAuthentication", true, violations);
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
