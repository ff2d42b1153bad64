using System.Text.Json.Nodes;

namespace SuggestionDesk.Infra.Tests;

/// <summary>
/// What a deployment of infra/main.bicep would create, as predicted offline by <c>bicep snapshot</c> for given
/// parameters: modules flattened, conditions and loops evaluated, names and IDs resolved (run-time values such as the
/// identity's principal ID stay expressions). Runs in a temporary copy, since the snapshot is written beside its input.
/// </summary>
public sealed class DeploymentSnapshot
{
    private const string SubscriptionId = "00000000-0000-0000-0000-000000000001";

    private DeploymentSnapshot(JsonObject root) => Root = root;

    /// <summary>The snapshot document.</summary>
    public JsonObject Root { get; }

    /// <summary>The predicted resources.</summary>
    public IReadOnlyList<JsonObject> Resources => Root["predictedResources"]!.AsArray().Select(r => r!.AsObject()).ToList();

    /// <summary>Predicted resources of one type.</summary>
    public IReadOnlyList<JsonObject> OfType(string type) => Resources.Where(r => (string?)r["type"] == type).ToList();

    /// <summary>The one Function App's settings, by name.</summary>
    public IReadOnlyDictionary<string, string?> AppSettings() =>
        Assert.Single(OfType("Microsoft.Web/sites"))["properties"]!["siteConfig"]!["appSettings"]!.AsArray()
            .ToDictionary(s => (string)s!["name"]!, s => (string?)s!["value"]);

    /// <summary>Snapshots main.bicep with the example's values plus <paramref name="extraParameters"/> (Bicep syntax).</summary>
    public static DeploymentSnapshot Of(params string[] extraParameters)
    {
        var work = Directory.CreateTempSubdirectory("sd-snapshot-");
        try
        {
            foreach (var file in Directory.EnumerateFiles(Repository.Infra, "*.bicep", SearchOption.AllDirectories))
            {
                var target = Path.Combine(work.FullName, Path.GetRelativePath(Repository.Infra, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }

            var parameters = Path.Combine(work.FullName, "test.bicepparam");
            File.WriteAllLines(parameters,
            [
                "using 'main.bicep'",
                "param senderMailbox = 'suggestions@example.gov.cn'",
                "param officeMailbox = 'office@example.gov.cn'",
                "param committeeRecipients = 'chair@example.gov.cn;office@example.gov.cn'",
                .. extraParameters,
            ]);

            var result = BicepCli.Run("snapshot", parameters, "--mode", "overwrite", "--subscription-id", SubscriptionId,
                "--resource-group", "rg-suggestiondesk", "--location", "eastasia");
            if (result.ExitCode != 0 || result.Errors.Trim().Length > 0)
            {
                throw new InvalidOperationException($"bicep snapshot failed (exit {result.ExitCode}):\n{result.Errors}{result.Output}");
            }

            var root = JsonNode.Parse(File.ReadAllText(Path.Combine(work.FullName, "test.snapshot.json")))!.AsObject();
            Assert.Empty(root["diagnostics"]!.AsArray());
            return new DeploymentSnapshot(root);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }
}
