using System.Text.RegularExpressions;

namespace SuggestionDesk.Infra.Tests;

/// <summary>
/// The app's identity and the operator group hold data roles only, each an allowed built-in role on the smallest scope
/// that works.
/// </summary>
public sealed partial class RoleAssignmentTests
{
    private static readonly IReadOnlyList<TemplateResource> Assignments =
        CompiledTemplate.Main.Declared("Microsoft.Authorization/roleAssignments");

    [Fact]
    public void EveryRoleAssignmentGrantsAnAllowedBuiltInRole()
    {
        Assert.NotEmpty(Assignments);
        foreach (var assignment in Assignments)
        {
            var role = RoleId(assignment);
            Assert.True(BuiltInRoles.Allowed.ContainsKey(role), $"Role definition '{role}' is not in the allowed list of tests/SuggestionDesk.Infra.Tests/BuiltInRoles.cs.");
        }
    }

    [Fact]
    public void EachAllowedRoleIsAssigned()
    {
        var assigned = Assignments.Select(RoleId).ToHashSet();

        Assert.Equal(BuiltInRoles.Allowed.Keys.Order(), assigned.Order());
    }

    [Fact]
    public void EveryAssignmentIsForTheFunctionAppsSystemIdentityOrTheOperatorGroup()
    {
        foreach (var assignment in Assignments)
        {
            var principal = (string?)assignment.Properties["principalId"];
            var type = (string?)assignment.Properties["principalType"];
            Assert.True(
                (principal == "[parameters('principalId')]" && type == "ServicePrincipal") ||
                (principal == "[parameters('operatorGroupObjectId')]" && type == "Group"),
                $"An assignment is for {principal} ({type}).");
        }

        var parameters = CompiledTemplate.Main.Module("roles").Properties["parameters"]!;
        var app = (string)parameters["principalId"]!["value"]!;
        Assert.Contains("'functionApp'", app, StringComparison.Ordinal);
        Assert.EndsWith(".outputs.principalId.value]", app, StringComparison.Ordinal);
        Assert.Equal("[variables('checked').operatorGroupObjectId]", (string?)parameters["operatorGroupObjectId"]!["value"]);
    }

    [Fact]
    public void TheOperatorGroupArchivesReportsAndWorksOnTheDataAccountsTables()
    {
        var operators = Assignments.Where(a => (string?)a.Properties["principalType"] == "Group").ToList();

        Assert.Equal([BuiltInRoles.StorageTableDataContributor, BuiltInRoles.StorageBlobDataContributor], operators.Select(RoleId));
        Assert.Equal("[resourceId('Microsoft.Storage/storageAccounts', parameters('dataStorageAccountName'))]", (string?)operators[0].Node["scope"]);
        Assert.Contains("parameters('reportContainerName')", (string?)operators[1].Node["scope"], StringComparison.Ordinal);
        Assert.All(operators, a => Assert.Null(a.Node["condition"]));
    }

    [Fact]
    public void TheHostBlobOwnerRoleIsOnTheHostAccountOnly()
    {
        var owner = Assert.Single(Assignments, a => RoleId(a) == BuiltInRoles.StorageBlobDataOwner);

        Assert.Equal("[resourceId('Microsoft.Storage/storageAccounts', parameters('hostStorageAccountName'))]", (string?)owner.Node["scope"]);
        Assert.Contains("'hostStorage'", (string?)CompiledTemplate.Main.Module("roles").Properties["parameters"]!["hostStorageAccountName"]!["value"], StringComparison.Ordinal);
        Assert.Contains("'dataStorage'", (string?)CompiledTemplate.Main.Module("roles").Properties["parameters"]!["dataStorageAccountName"]!["value"], StringComparison.Ordinal);
    }

    [Fact]
    public void TableRoleIsOnTheAccountByDefaultAndOnEachTableWhenAskedFor()
    {
        var tableRoles = Assignments.Where(a => RoleId(a) == BuiltInRoles.StorageTableDataContributor && (string?)a.Properties["principalType"] == "ServicePrincipal").ToList();
        var perTable = Assert.Single(tableRoles, a => a.Node["copy"] is not null);
        var onAccount = Assert.Single(tableRoles, a => a.Node["copy"] is null);

        Assert.StartsWith("[resourceId('Microsoft.Storage/storageAccounts/tableServices/tables'", (string?)perTable.Node["scope"], StringComparison.Ordinal);
        Assert.Equal("[equals(parameters('tableAccessScope'), 'Table')]", (string?)perTable.Node["condition"]);
        Assert.Equal("[equals(parameters('tableAccessScope'), 'Account')]", (string?)onAccount.Node["condition"]);
        Assert.Equal("Account", (string?)CompiledTemplate.Main.Root["parameters"]!["tableAccessScope"]!["defaultValue"]);
    }

    [Fact]
    public void ReportWritersAreScopedToTheReportsContainer()
    {
        // The app and the operator group; the container's retention policy keeps every archived report whatever the role.
        var writers = Assignments.Where(a => RoleId(a) == BuiltInRoles.StorageBlobDataContributor).ToList();

        Assert.Equal(2, writers.Count);
        Assert.All(writers, writer =>
        {
            Assert.StartsWith("[resourceId('Microsoft.Storage/storageAccounts/blobServices/containers'", (string?)writer.Node["scope"], StringComparison.Ordinal);
            Assert.Contains("parameters('reportContainerName')", (string?)writer.Node["scope"], StringComparison.Ordinal);
        });
    }

    [Fact]
    public void TelemetryRoleIsScopedToApplicationInsights()
    {
        var publisher = Assert.Single(Assignments, a => RoleId(a) == BuiltInRoles.MonitoringMetricsPublisher);

        Assert.StartsWith("[resourceId('Microsoft.Insights/components'", (string?)publisher.Node["scope"], StringComparison.Ordinal);
        Assert.Equal("[parameters('telemetryWithEntraId')]", (string?)publisher.Node["condition"]);
    }

    private static string RoleId(TemplateResource assignment)
    {
        var expression = assignment.ResolveVariables((string)assignment.Properties["roleDefinitionId"]!);
        var match = RoleDefinition().Match(expression);
        Assert.True(match.Success, $"Role definition is not a built-in role by ID: {expression}");
        return match.Groups[1].Value;
    }

    [GeneratedRegex(@"^\[subscriptionResourceId\('Microsoft\.Authorization/roleDefinitions', '([0-9a-f-]{36})'\)\]$")]
    private static partial Regex RoleDefinition();
}
