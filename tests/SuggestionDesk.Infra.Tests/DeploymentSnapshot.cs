using System.Text.Json.Nodes;

namespace SuggestionDesk.Infra.Tests;

/// <summary>
/// What a deployment of infra/main.bicep would create, as predicted offline by <c>bicep snapshot</c> for given
/// parameters: modules flattened, conditions and loops evaluated, names and IDs resolved (run-time values such as the
/// identity's principal ID stay expressions, and so does anything that needs <c>environment()</c>, which only a real
/// deployment knows). Runs in a temporary copy, since the snapshot is written beside its input.
/// </summary>
public sealed class DeploymentSnapshot
{
    /// <summary>The operator group the test parameters name.</summary>
    public const string OperatorGroup = "6a3f0c1e-52d4-4b8e-9f3a-1c2d3e4f5a6b";

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

    /// <summary>
    /// The storage account whose name starts with <c>st{baseName}{letter}</c>: <c>h</c> for the host account,
    /// <c>d</c> for the data account (the template's default names).
    /// </summary>
    public JsonObject Account(char letter) =>
        Assert.Single(OfType("Microsoft.Storage/storageAccounts"), a => ((string)a["name"]!).StartsWith($"stsdesk{letter}", StringComparison.Ordinal));

    /// <summary>Snapshots main.bicep with the test's values plus <paramref name="extraParameters"/> (Bicep syntax; a later line wins).</summary>
    public static DeploymentSnapshot Of(params string[] extraParameters)
    {
        var (exitCode, output, root) = Run(extraParameters);
        if (exitCode != 0 || root is null)
        {
            throw new InvalidOperationException($"bicep snapshot failed (exit {exitCode}):\n{output}");
        }

        Assert.Empty(root["diagnostics"]!.AsArray());
        return new DeploymentSnapshot(root);
    }

    /// <summary>Snapshots with parameters that must be refused, and returns what bicep said (the template's fail() message).</summary>
    public static string Refusal(params string[] extraParameters)
    {
        var (exitCode, output, _) = Run(extraParameters);
        Assert.NotEqual(0, exitCode);
        return output;
    }

    private static (int ExitCode, string Output, JsonObject? Root) Run(string[] extraParameters)
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
            File.WriteAllLines(parameters, Parameters(extraParameters));

            var result = BicepCli.Run("snapshot", parameters, "--mode", "overwrite", "--subscription-id", SubscriptionId,
                "--resource-group", "rg-suggestiondesk", "--location", "eastasia");
            var output = result.Errors + result.Output;
            var snapshot = Path.Combine(work.FullName, "test.snapshot.json");
            var root = result.ExitCode == 0 && result.Errors.Trim().Length == 0 && File.Exists(snapshot)
                ? JsonNode.Parse(File.ReadAllText(snapshot))!.AsObject()
                : null;
            return (root is null && result.ExitCode == 0 ? 1 : result.ExitCode, output, root);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <summary>
    /// The parameters file: the required values, the cloud stated (environment() is unknown offline), then the extra
    /// lines, each replacing a default line of the same parameter.
    /// </summary>
    public static IReadOnlyList<string> Parameters(IEnumerable<string> extraParameters)
    {
        var lines = new List<string>
        {
            "param senderMailbox = 'suggestions@example.gov.cn'",
            "param officeMailbox = 'office@example.gov.cn'",
            "param committeeRecipients = 'chair@example.gov.cn;office@example.gov.cn'",
            $"param operatorGroupObjectId = '{OperatorGroup}'",
            "param cloud = 'Global'",
        };
        foreach (var extra in extraParameters)
        {
            var name = extra.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
            lines.RemoveAll(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1] == name);
            lines.Add(extra);
        }

        return ["using 'main.bicep'", .. lines];
    }
}
