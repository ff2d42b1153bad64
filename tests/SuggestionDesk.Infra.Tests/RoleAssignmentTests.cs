using System.Text.RegularExpressions;

namespace SuggestionDesk.Infra.Tests;

/// <summary>The app's identity holds data roles only, each an allowed built-in role on the smallest scope that works.</summary>
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
    public void EveryAssignmentIsForTheFunctionAppsSystemIdentity()
    {
        foreach (var assignment in Assignments)
        {
            Assert.Equal("[parameters('principalId')]", (string?)assignment.Properties["principalId"]);
            Assert.Equal("ServicePrincipal", (string?)assignment.Properties["principalType"]);
        }

        var principal = (string)CompiledTemplate.Main.Module("roles").Properties["parameters"]!["principalId"]!["value"]!;
        Assert.Contains("'functionApp'", principal, StringComparison.Ordinal);
        Assert.EndsWith(".outputs.principalId.value]", principal, StringComparison.Ordinal);
    }

    [Fact]
    public void TableRoleIsOnTheAccountByDefaultAndOnEachTableWhenAskedFor()
    {
        var tableRoles = Assignments.Where(a => RoleId(a) == BuiltInRoles.StorageTableDataContributor).ToList();
        var perTable = Assert.Single(tableRoles, a => a.Node["copy"] is not null);
        var onAccount = Assert.Single(tableRoles, a => a.Node["copy"] is null);

        Assert.StartsWith("[resourceId('Microsoft.Storage/storageAccounts/tableServices/tables'", (string?)perTable.Node["scope"], StringComparison.Ordinal);
        Assert.Equal("[equals(parameters('tableAccessScope'), 'Table')]", (string?)perTable.Node["condition"]);
        Assert.Equal("[equals(parameters('tableAccessScope'), 'Account')]", (string?)onAccount.Node["condition"]);
        Assert.Equal("Account", (string?)CompiledTemplate.Main.Root["parameters"]!["tableAccessScope"]!["defaultValue"]);
    }

    [Fact]
    public void BlobWritersAreScopedToTheReportsAndTheReplyDocumentsContainers()
    {
        var writers = Assignments.Where(a => RoleId(a) == BuiltInRoles.StorageBlobDataContributor).Select(a => (string?)a.Node["scope"]).ToList();

        Assert.Equal(2, writers.Count);
        Assert.All(writers, scope => Assert.StartsWith("[resourceId('Microsoft.Storage/storageAccounts/blobServices/containers'", scope, StringComparison.Ordinal));
        Assert.Single(writers, scope => scope!.Contains("parameters('reportContainerName')", StringComparison.Ordinal));
        Assert.Single(writers, scope => scope!.Contains("parameters('replyContainerName')", StringComparison.Ordinal));
    }

    [Fact]
    public void TelemetryRoleIsScopedToApplicationInsights()
    {
        var publisher = Assert.Single(Assignments, a => RoleId(a) == BuiltInRoles.MonitoringMetricsPublisher);

        Assert.StartsWith("[resourceId('Microsoft.Insights/components'", (string?)publisher.Node["scope"], StringComparison.Ordinal);
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
