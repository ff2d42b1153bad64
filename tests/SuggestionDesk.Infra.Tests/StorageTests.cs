using System.Text.RegularExpressions;

namespace SuggestionDesk.Infra.Tests;

public sealed partial class StorageTests
{
    private static CompiledTemplate Template => CompiledTemplate.Main;

    [Fact]
    public void StorageAccountsAcceptOnlyEntraIdOverHttpsWithTls12AndNoPublicBlobs()
    {
        Assert.Empty(StoragePolicy.Violations(Template));
        // One module (storage-account.bicep) makes both accounts, so both get the same settings.
        Assert.Equal(2, Template.Declared("Microsoft.Storage/storageAccounts").Count);
        Assert.Equal(2, Template.Resources().Count(r => r.Type == "Microsoft.Resources/deployments" && ((string?)r.Node["name"])?.EndsWith("StorageAccount", StringComparison.Ordinal) == true));
    }

    [Fact]
    public void EnablingSharedKeysInACopyOfTheBicepIsCaught()
    {
        var copy = Directory.CreateTempSubdirectory("sd-infra-");
        try
        {
            CopyDirectory(Repository.Infra, copy.FullName);
            var storage = Path.Combine(copy.FullName, "modules", "storage-account.bicep");
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
    public void PublicNetworkAccessIsEnabledByDefaultAndDisabledIsRefusedForWantOfANetworkDesign()
    {
        var parameter = Template.Root["parameters"]!["storagePublicNetworkAccess"]!;

        Assert.Equal("Enabled", (string?)parameter["defaultValue"]);
        Assert.Equal("[variables('checked').storagePublicNetworkAccess]", (string?)Template.Module("hostStorage").Properties["parameters"]!["publicNetworkAccess"]!["value"]);
        Assert.Equal("[variables('checked').storagePublicNetworkAccess]", (string?)Template.Module("dataStorage").Properties["parameters"]!["publicNetworkAccess"]!["value"]);
    }

    [Fact]
    public void TheDataAccountsRedundancyLogRetentionAndReportRetentionAreParametersWithSafeDefaults()
    {
        var parameters = Template.Root["parameters"]!;

        Assert.Equal("Standard_ZRS", (string?)parameters["dataRedundancy"]!["defaultValue"]);
        Assert.Contains("Standard_GZRS", parameters["dataRedundancy"]!["allowedValues"]!.AsArray().Select(v => (string)v!));
        Assert.Equal(180, parameters["logRetentionDays"]!["defaultValue"]!.GetValue<int>());
        Assert.Equal(3650, parameters["reportRetentionDays"]!["defaultValue"]!.GetValue<int>());
        Assert.False(parameters["reportRetentionLocked"]!["defaultValue"]!.GetValue<bool>());
        Assert.Null(parameters["operatorGroupObjectId"]!["defaultValue"]);
    }

    [Fact]
    public void EveryTableTheStorageLibraryUsesIsCreatedWithThePrefix()
    {
        var source = File.ReadAllText(Path.Combine(Repository.Root, "src", "SuggestionDesk.Storage", "TableNames.cs"));
        var expected = TableSuffix().Matches(source).Select(m => m.Groups[1].Value).Order().ToList();
        var tableNames = (string)Template.Root["variables"]!["tableNames"]!;

        Assert.Equal(["ActionLinks", "Calendar", "Items", "Numbers", "ReminderLog", "Sessions", "Settings"], expected);
        var listed = CreateArray().Match(tableNames).Groups[1].Value;
        Assert.Equal(expected, QuotedNames().Matches(listed).Select(m => m.Groups[1].Value).Order().ToList());
        Assert.Contains("parameters('tablePrefix')", tableNames, StringComparison.Ordinal);
        Assert.Equal("sd", (string?)Template.Root["parameters"]!["tablePrefix"]!["defaultValue"]);

        // The data storage module creates one table per name; the roles module grants on the same names.
        Assert.Equal("[variables('tableNames')]", (string?)Template.Module("dataStorage").Properties["parameters"]!["tableNames"]!["value"]);
        Assert.Equal("[variables('tableNames')]", (string?)Template.Module("roles").Properties["parameters"]!["tableNames"]!["value"]);
        var tables = Assert.Single(Template.Declared("Microsoft.Storage/storageAccounts/tableServices/tables"));
        Assert.Equal("[length(parameters('tableNames'))]", (string?)tables.Node["copy"]!["count"]);
    }

    [Fact]
    public void TheReportContainerIsInTheDataAccountAndTheDeploymentContainerInTheHostAccount()
    {
        var variables = Template.Root["variables"]!;

        Assert.Equal("reports", (string?)variables["reportContainerName"]);
        Assert.Equal("[variables('reportContainerName')]", (string?)Template.Module("dataStorage").Properties["parameters"]!["reportContainerName"]!["value"]);
        Assert.Equal("[variables('deploymentContainerName')]", (string?)Template.Module("hostStorage").Properties["parameters"]!["deploymentContainerName"]!["value"]);
        var containers = Template.Declared("Microsoft.Storage/storageAccounts/blobServices/containers");
        Assert.Equal(3, containers.Count); // reports, the app package, and the reply documents (modules/actionpages.bicep)
        Assert.All(containers, c => Assert.Equal("None", (string?)c.Properties["publicAccess"]));
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
