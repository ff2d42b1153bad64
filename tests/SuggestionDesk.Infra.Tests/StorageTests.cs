using System.Text.RegularExpressions;

namespace SuggestionDesk.Infra.Tests;

public sealed partial class StorageTests
{
    private static CompiledTemplate Template => CompiledTemplate.Main;

    [Fact]
    public void StorageAccountAcceptsOnlyEntraIdOverHttpsWithTls12AndNoPublicBlobs()
    {
        Assert.Empty(StoragePolicy.Violations(Template));
    }

    [Fact]
    public void EnablingSharedKeysInACopyOfTheBicepIsCaught()
    {
        var copy = Directory.CreateTempSubdirectory("sd-infra-");
        try
        {
            CopyDirectory(Repository.Infra, copy.FullName);
            var storage = Path.Combine(copy.FullName, "modules", "storage.bicep");
            var text = File.ReadAllText(storage);
            Assert.Contains("allowSharedKeyAccess: false", text, StringComparison.Ordinal);
            File.WriteAllText(storage, text.Replace("allowSharedKeyAccess: false", "allowSharedKeyAccess: true", StringComparison.Ordinal));

            var tampered = CompiledTemplate.Build(Path.Combine(copy.FullName, "main.bicep"));

            Assert.Contains(StoragePolicy.Violations(tampered), v => v.StartsWith("allowSharedKeyAccess", StringComparison.Ordinal));
        }
        finally
        {
            copy.Delete(recursive: true);
        }
    }

    [Fact]
    public void PublicNetworkAccessIsAParameterEnabledByDefaultForFlexWithoutAVirtualNetwork()
    {
        var parameter = Template.Root["parameters"]!["storagePublicNetworkAccess"]!;

        Assert.Equal("Enabled", (string?)parameter["defaultValue"]);
    }

    [Fact]
    public void EveryTableTheStorageLibraryUsesIsCreatedWithThePrefix()
    {
        var source = File.ReadAllText(Path.Combine(Repository.Root, "src", "SuggestionDesk.Storage", "TableNames.cs"));
        var expected = TableSuffix().Matches(source).Select(m => m.Groups[1].Value).Order().ToList();
        var tableNames = (string)Template.Root["variables"]!["tableNames"]!;

        Assert.Equal(["Calendar", "Items", "Numbers", "ReminderLog", "Sessions", "Settings"], expected);
        var listed = CreateArray().Match(tableNames).Groups[1].Value;
        Assert.Equal(expected, QuotedNames().Matches(listed).Select(m => m.Groups[1].Value).Order().ToList());
        Assert.Contains("parameters('tablePrefix')", tableNames, StringComparison.Ordinal);
        Assert.Equal("sd", (string?)Template.Root["parameters"]!["tablePrefix"]!["defaultValue"]);

        // The storage module creates one table per name; the roles module grants on the same names.
        Assert.Equal("[variables('tableNames')]", (string?)Template.Module("storage").Properties["parameters"]!["tableNames"]!["value"]);
        Assert.Equal("[variables('tableNames')]", (string?)Template.Module("roles").Properties["parameters"]!["tableNames"]!["value"]);
        var tables = Assert.Single(Template.Declared("Microsoft.Storage/storageAccounts/tableServices/tables"));
        Assert.Equal("[length(parameters('tableNames'))]", (string?)tables.Node["copy"]!["count"]);
    }

    [Fact]
    public void TheReportContainerIsNamedReportsAndTheDeploymentContainerExists()
    {
        var variables = Template.Root["variables"]!;
        var containers = Template.Module("storage").Properties["parameters"]!["containerNames"]!["value"]!.Text();

        Assert.Equal("reports", (string?)variables["reportContainerName"]);
        Assert.Contains("variables('reportContainerName')", containers, StringComparison.Ordinal);
        Assert.Contains("variables('deploymentContainerName')", containers, StringComparison.Ordinal);
        var declared = Template.Declared("Microsoft.Storage/storageAccounts/blobServices/containers").ToList();
        Assert.Single(declared, c => c.Node["copy"] is not null); // the storage module's, one per name; the other is the reply documents'
        Assert.All(declared, c => Assert.Equal("None", (string?)c.Properties["publicAccess"]));
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [GeneratedRegex(@"=> Prefix \+ ""(\w+)""")]
    private static partial Regex TableSuffix();

    [GeneratedRegex(@"createArray\(([^)]*)\)")]
    private static partial Regex CreateArray();

    [GeneratedRegex(@"'(\w+)'")]
    private static partial Regex QuotedNames();
}
