using System.Text.Json.Nodes;

namespace SuggestionDesk.Infra.Tests;

/// <summary>What a deployment would create, evaluated for each plan and table-role scope.</summary>
public sealed class DeploymentSnapshotTests
{
    private static readonly Lazy<DeploymentSnapshot> Flex = new(() => DeploymentSnapshot.Of());
    private static readonly Lazy<DeploymentSnapshot> Premium = new(() => DeploymentSnapshot.Of("param hostingPlan = 'ElasticPremium'"));
    private static readonly Lazy<DeploymentSnapshot> PerTable = new(() => DeploymentSnapshot.Of("param tableAccessScope = 'Table'"));

    private static readonly string[] AppReads =
    [
        "SuggestionDesk__Cloud", "SuggestionDesk__TableEndpoint", "SuggestionDesk__TablePrefix", "SuggestionDesk__BlobEndpoint",
        "SuggestionDesk__ReportContainer", "SuggestionDesk__SenderMailbox", "SuggestionDesk__OfficeMailbox",
        "SuggestionDesk__CommitteeRecipients", "SuggestionDesk__Language", "ReminderSchedule", "DigestSchedule", "ReportSchedule",
        "SuggestionDesk__ActionLinks", "SuggestionDesk__ActionBaseUrl", "SuggestionDesk__ActionSignIn", "SuggestionDesk__ReplyContainer",
    ];

    private static readonly string[] HostReads =
    [
        "AzureWebJobsStorage__credential", "AzureWebJobsStorage__blobServiceUri", "AzureWebJobsStorage__queueServiceUri",
        "AzureWebJobsStorage__tableServiceUri", "APPLICATIONINSIGHTS_CONNECTION_STRING", "APPLICATIONINSIGHTS_AUTHENTICATION_STRING",
    ];

    [Fact]
    public void FlexAppGetsExactlyTheAppAndHostSettings()
    {
        var settings = Flex.Value.AppSettings();

        Assert.Equal(AppReads.Concat(HostReads).Order(StringComparer.Ordinal), settings.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("reports", settings["SuggestionDesk__ReportContainer"]);
        Assert.Equal("sd", settings["SuggestionDesk__TablePrefix"]);
        Assert.Equal("suggestions@example.gov.cn", settings["SuggestionDesk__SenderMailbox"]);
        Assert.Equal("chair@example.gov.cn;office@example.gov.cn", settings["SuggestionDesk__CommitteeRecipients"]);
        Assert.Equal("Chinese", settings["SuggestionDesk__Language"]);
        Assert.Equal("0 0 1 * * *", settings["ReminderSchedule"]);
        Assert.Equal("managedidentity", settings["AzureWebJobsStorage__credential"]);
        Assert.EndsWith(".primaryEndpoints.table]", settings["SuggestionDesk__TableEndpoint"], StringComparison.Ordinal);
        Assert.EndsWith(".primaryEndpoints.blob]", settings["AzureWebJobsStorage__blobServiceUri"], StringComparison.Ordinal);
    }

    [Fact]
    public void FlexPlanDeploysFromTheContainerWithTheSystemIdentity()
    {
        var snapshot = Flex.Value;
        var plan = Assert.Single(snapshot.OfType("Microsoft.Web/serverfarms"));
        var config = Assert.Single(snapshot.OfType("Microsoft.Web/sites"))["properties"]!["functionAppConfig"]!;

        Assert.Equal("FC1", (string?)plan["sku"]!["name"]);
        Assert.Equal("SystemAssignedIdentity", (string?)config["deployment"]!["storage"]!["authentication"]!["type"]);
        Assert.Equal("dotnet-isolated", (string?)config["runtime"]!["name"]);
        Assert.Equal("10.0", (string?)config["runtime"]!["version"]);
        var containers = snapshot.OfType("Microsoft.Storage/storageAccounts/blobServices/containers").Select(c => ((string)c["name"]!).Split('/')[^1]).ToList();
        Assert.Contains("reports", containers);
        Assert.Contains(containers, c => c.StartsWith("app-package-", StringComparison.Ordinal));
        Assert.Contains(containers.Single(c => c.StartsWith("app-package-", StringComparison.Ordinal)), (string?)config["deployment"]!["storage"]!["value"], StringComparison.Ordinal);
    }

    [Fact]
    public void ElasticPremiumRunsFromPackageWithoutAnAzureFilesShare()
    {
        var snapshot = Premium.Value;
        var plan = Assert.Single(snapshot.OfType("Microsoft.Web/serverfarms"));
        var site = Assert.Single(snapshot.OfType("Microsoft.Web/sites"));
        var settings = snapshot.AppSettings();

        Assert.Equal("EP1", (string?)plan["sku"]!["name"]);
        Assert.Null(site["properties"]!["functionAppConfig"]);
        Assert.Equal("DOTNET-ISOLATED|10.0", (string?)site["properties"]!["siteConfig"]!["linuxFxVersion"]);
        Assert.Equal("1", settings["WEBSITE_RUN_FROM_PACKAGE"]);
        Assert.Equal("dotnet-isolated", settings["FUNCTIONS_WORKER_RUNTIME"]);
        Assert.Equal("~4", settings["FUNCTIONS_EXTENSION_VERSION"]);
        Assert.DoesNotContain(settings.Keys, k => k.StartsWith("WEBSITE_CONTENT", StringComparison.Ordinal));
        Assert.All(AppReads.Concat(HostReads), name => Assert.True(settings.ContainsKey(name), name));
        Assert.Equal("SystemAssigned", (string?)site["identity"]!["type"]);
    }

    [Fact]
    public void CreatesTheSixPrefixedTables()
    {
        var tables = Flex.Value.OfType("Microsoft.Storage/storageAccounts/tableServices/tables").Select(t => ((string)t["name"]!).Split('/')[^1]);

        Assert.Equal(["sdCalendar", "sdItems", "sdNumbers", "sdReminderLog", "sdSessions", "sdSettings"], tables.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void DefaultRolesAreTheFourDataRolesOnTheirScopes()
    {
        var roles = Roles(Flex.Value);

        Assert.Equal(4, roles.Count);
        Assert.EndsWith("/storageAccounts/" + StorageName(Flex.Value), roles[BuiltInRoles.StorageTableDataContributor].Single(), StringComparison.Ordinal);
        Assert.EndsWith("/storageAccounts/" + StorageName(Flex.Value), roles[BuiltInRoles.StorageBlobDataOwner].Single(), StringComparison.Ordinal);
        Assert.Equal(["/blobServices/default/containers/replies", "/blobServices/default/containers/reports"],
            roles[BuiltInRoles.StorageBlobDataContributor].Select(s => s[s.IndexOf("/blobServices/", StringComparison.Ordinal)..]).Order(StringComparer.Ordinal));
        Assert.Contains("/Microsoft.Insights/components/", roles[BuiltInRoles.MonitoringMetricsPublisher].Single(), StringComparison.Ordinal);
    }

    [Fact]
    public void PerTableScopeGrantsTheTableRoleOnEachTableAndNotOnTheAccount()
    {
        var scopes = Roles(PerTable.Value)[BuiltInRoles.StorageTableDataContributor];

        Assert.Equal(6, scopes.Count);
        Assert.All(scopes, s => Assert.Contains("/tableServices/default/tables/sd", s, StringComparison.Ordinal));
    }

    /// <summary>Role definition ID → the scopes it is assigned on (from each assignment's extension resource ID).</summary>
    internal static Dictionary<string, List<string>> Roles(DeploymentSnapshot snapshot) =>
        snapshot.OfType("Microsoft.Authorization/roleAssignments")
            .GroupBy(a => ((string)a["properties"]!["roleDefinitionId"]!).Split('/')[^1])
            .ToDictionary(g => g.Key, g => g.Select(Scope).ToList());

    private static string Scope(JsonObject assignment)
    {
        // [extensionResourceId('<scope>', 'Microsoft.Authorization/roleAssignments', ...)]
        var id = (string)assignment["id"]!;
        var start = id.IndexOf('\'', StringComparison.Ordinal) + 1;
        return id[start..id.IndexOf('\'', start)];
    }

    private static string StorageName(DeploymentSnapshot snapshot) =>
        (string)Assert.Single(snapshot.OfType("Microsoft.Storage/storageAccounts"))["name"]!;
}
