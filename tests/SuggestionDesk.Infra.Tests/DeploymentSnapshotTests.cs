using System.Text.Json.Nodes;

namespace SuggestionDesk.Infra.Tests;

/// <summary>What a deployment would create, evaluated offline for each plan, cloud and table-role scope.</summary>
public sealed class DeploymentSnapshotTests
{
    private static DeploymentSnapshot Flex => Variants.Snapshot("FlexGlobal");

    private static DeploymentSnapshot Premium => Variants.Snapshot("ElasticPremiumGlobal");

    private static readonly string[] AppReads =
    [
        "SuggestionDesk__Cloud", "SuggestionDesk__TableEndpoint", "SuggestionDesk__TablePrefix", "SuggestionDesk__BlobEndpoint",
        "SuggestionDesk__ReportContainer", "SuggestionDesk__SenderMailbox", "SuggestionDesk__OfficeMailbox",
        "SuggestionDesk__CommitteeRecipients", "SuggestionDesk__Language", "SuggestionDesk__ReportFontFolder", "ReminderSchedule", "DigestSchedule", "ReportSchedule",
        "SuggestionDesk__ActionLinks", "SuggestionDesk__ActionBaseUrl", "SuggestionDesk__ActionSignIn", "SuggestionDesk__ReplyContainer",
    ];

    private static readonly string[] HostReads =
    [
        "AzureWebJobsStorage__credential", "AzureWebJobsStorage__blobServiceUri", "AzureWebJobsStorage__queueServiceUri",
        "AzureWebJobsStorage__tableServiceUri", "APPLICATIONINSIGHTS_CONNECTION_STRING",
    ];

    [Fact]
    public void FlexAppGetsExactlyTheAppHostAndTelemetrySettings()
    {
        var settings = Flex.AppSettings();

        Assert.Equal(AppReads.Concat(HostReads).Append("APPLICATIONINSIGHTS_AUTHENTICATION_STRING").Order(StringComparer.Ordinal),
            settings.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("reports", settings["SuggestionDesk__ReportContainer"]);
        Assert.Equal("sd", settings["SuggestionDesk__TablePrefix"]);
        Assert.Equal("suggestions@example.gov.cn", settings["SuggestionDesk__SenderMailbox"]);
        Assert.Equal("chair@example.gov.cn;office@example.gov.cn", settings["SuggestionDesk__CommitteeRecipients"]);
        Assert.Equal("Chinese", settings["SuggestionDesk__Language"]);
        Assert.Equal(string.Empty, settings["SuggestionDesk__ReportFontFolder"]);
        Assert.Equal("Global", settings["SuggestionDesk__Cloud"]);
        Assert.Equal("0 0 1 * * *", settings["ReminderSchedule"]);
        Assert.Equal("managedidentity", settings["AzureWebJobsStorage__credential"]);
    }

    [Fact]
    public void TheAppsDataEndpointsAreTheDataAccountsAndTheHostsTheHostAccounts()
    {
        var settings = Flex.AppSettings();
        var data = (string)Flex.Account('d')["name"]!;
        var host = (string)Flex.Account('h')["name"]!;

        foreach (var name in new[] { "SuggestionDesk__TableEndpoint", "SuggestionDesk__BlobEndpoint" })
        {
            Assert.Contains($"/storageAccounts/{data}'", settings[name], StringComparison.Ordinal);
            Assert.DoesNotContain(host, settings[name], StringComparison.Ordinal);
        }

        Assert.EndsWith(".primaryEndpoints.table]", settings["SuggestionDesk__TableEndpoint"], StringComparison.Ordinal);
        Assert.EndsWith(".primaryEndpoints.blob]", settings["SuggestionDesk__BlobEndpoint"], StringComparison.Ordinal);
        foreach (var name in new[] { "AzureWebJobsStorage__blobServiceUri", "AzureWebJobsStorage__queueServiceUri", "AzureWebJobsStorage__tableServiceUri" })
        {
            Assert.Contains($"/storageAccounts/{host}'", settings[name], StringComparison.Ordinal);
            Assert.DoesNotContain(data, settings[name], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void FlexPlanDeploysFromTheHostAccountsContainerWithTheSystemIdentity()
    {
        var plan = Assert.Single(Flex.OfType("Microsoft.Web/serverfarms"));
        var config = Assert.Single(Flex.OfType("Microsoft.Web/sites"))["properties"]!["functionAppConfig"]!;
        var storage = config["deployment"]!["storage"]!;

        Assert.Equal("FC1", (string?)plan["sku"]!["name"]);
        Assert.Equal("SystemAssignedIdentity", (string?)storage["authentication"]!["type"]);
        Assert.Equal("dotnet-isolated", (string?)config["runtime"]!["name"]);
        Assert.Equal("10.0", (string?)config["runtime"]!["version"]);
        Assert.Contains($"/storageAccounts/{(string)Flex.Account('h')["name"]!}'", (string?)storage["value"], StringComparison.Ordinal);
        Assert.EndsWith($"'{DeploymentContainer(Flex)}')]", (string?)storage["value"], StringComparison.Ordinal);
        Assert.False(Flex.AppSettings().ContainsKey("WEBSITE_RUN_FROM_PACKAGE"), "Flex Consumption refuses WEBSITE_RUN_FROM_PACKAGE.");
    }

    [Fact]
    public void ElasticPremiumRunsFromThePackageBlobUrlReadWithItsIdentityAndNoAzureFilesShare()
    {
        var plan = Assert.Single(Premium.OfType("Microsoft.Web/serverfarms"));
        var site = Assert.Single(Premium.OfType("Microsoft.Web/sites"));
        var settings = Premium.AppSettings();
        var package = settings["WEBSITE_RUN_FROM_PACKAGE"]!;

        Assert.Equal("EP1", (string?)plan["sku"]!["name"]);
        Assert.Null(site["properties"]!["functionAppConfig"]);
        Assert.Equal("DOTNET-ISOLATED|10.0", (string?)site["properties"]!["siteConfig"]!["linuxFxVersion"]);
        // The blob's URL: the host account's blob endpoint, the deployment container, the package name.
        Assert.StartsWith("[format('{0}{1}/{2}', reference(", package, StringComparison.Ordinal);
        Assert.Contains($"/storageAccounts/{(string)Premium.Account('h')["name"]!}'", package, StringComparison.Ordinal);
        Assert.Contains(".primaryEndpoints.blob", package, StringComparison.Ordinal);
        Assert.EndsWith($"'{DeploymentContainer(Premium)}', 'suggestiondesk.zip')]", package, StringComparison.Ordinal);
        Assert.NotEqual("1", package);
        Assert.Equal("SystemAssigned", settings["WEBSITE_RUN_FROM_PACKAGE_BLOB_MI_RESOURCE_ID"]);
        Assert.Equal("dotnet-isolated", settings["FUNCTIONS_WORKER_RUNTIME"]);
        Assert.Equal("~4", settings["FUNCTIONS_EXTENSION_VERSION"]);
        Assert.DoesNotContain(settings.Keys, k => k.StartsWith("WEBSITE_CONTENT", StringComparison.Ordinal));
        Assert.All(AppReads.Concat(HostReads), name => Assert.True(settings.ContainsKey(name), name));
        Assert.Equal("SystemAssigned", (string?)site["identity"]!["type"]);
        // The identity reads the package: Blob Data Owner on the host account covers the container.
        Assert.EndsWith("/storageAccounts/" + (string)Premium.Account('h')["name"]!, Roles(Premium, App)[BuiltInRoles.StorageBlobDataOwner].Single(), StringComparison.Ordinal);
    }

    [Fact]
    public void ThePackageNameIsAParameter()
    {
        var settings = Variants.Snapshot("ElasticPremiumChina").AppSettings();

        Assert.EndsWith("'release-2026-10.zip')]", settings["WEBSITE_RUN_FROM_PACKAGE"], StringComparison.Ordinal);
    }

    [Fact]
    public void TheDataAccountHoldsTheSevenPrefixedTablesTheReportsAndTheRepliesTheHostAccountOnlyThePackage()
    {
        var data = (string)Flex.Account('d')["name"]!;
        var tables = Flex.OfType("Microsoft.Storage/storageAccounts/tableServices/tables").Select(t => (string)t["name"]!).ToList();
        var containers = Flex.OfType("Microsoft.Storage/storageAccounts/blobServices/containers").Select(c => (string)c["name"]!).ToList();

        Assert.Equal(["sdActionLinks", "sdCalendar", "sdItems", "sdNumbers", "sdReminderLog", "sdSessions", "sdSettings"], tables.Select(t => t.Split('/')[^1]).Order(StringComparer.Ordinal));
        Assert.All(tables, t => Assert.StartsWith(data + "/", t, StringComparison.Ordinal));
        Assert.Equal([$"{data}/default/replies", $"{data}/default/reports", $"{(string)Flex.Account('h')["name"]!}/default/{DeploymentContainer(Flex)}"], containers.Order(StringComparer.Ordinal));
        Assert.All(Flex.OfType("Microsoft.Storage/storageAccounts/blobServices/containers"), c => Assert.Equal("None", (string?)c["properties"]!["publicAccess"]));
    }

    [Fact]
    public void TheDataAccountIsLockedVersionedAndZoneRedundantByDefaultTheHostLocal()
    {
        var data = Flex.Account('d');
        var lockResource = Assert.Single(Flex.OfType("Microsoft.Authorization/locks"));
        var dataBlobs = Assert.Single(Flex.OfType("Microsoft.Storage/storageAccounts/blobServices"), b => ((string)b["name"]!).StartsWith((string)data["name"]! + "/", StringComparison.Ordinal));

        Assert.Equal("CanNotDelete", (string?)lockResource["properties"]!["level"]);
        Assert.StartsWith((string)data["id"]! + "/providers/Microsoft.Authorization/locks/", (string?)lockResource["id"], StringComparison.Ordinal);
        Assert.True(dataBlobs["properties"]!["isVersioningEnabled"]!.GetValue<bool>());
        Assert.True(dataBlobs["properties"]!["deleteRetentionPolicy"]!["enabled"]!.GetValue<bool>());
        Assert.Equal(30, dataBlobs["properties"]!["deleteRetentionPolicy"]!["days"]!.GetValue<int>());
        Assert.Equal("Standard_ZRS", (string?)data["sku"]!["name"]);
        Assert.Equal("Standard_LRS", (string?)Flex.Account('h')["sku"]!["name"]);
        Assert.Equal("Standard_GZRS", (string?)Variants.Snapshot("RetentionLocked").Account('d')["sku"]!["name"]);
    }

    [Fact]
    public void ReportsAreUnderATimeBasedWormPolicyUnlessTheOfficeHasLockedIt()
    {
        var policy = Assert.Single(Flex.OfType("Microsoft.Storage/storageAccounts/blobServices/containers/immutabilityPolicies"));

        Assert.Equal($"{(string)Flex.Account('d')["name"]!}/default/reports/default", (string?)policy["name"]);
        Assert.Equal(3650, policy["properties"]!["immutabilityPeriodSinceCreationInDays"]!.GetValue<int>());
        Assert.False(policy["properties"]!["allowProtectedAppendWrites"]!.GetValue<bool>());
        Assert.Equal(2555, Assert.Single(Variants.Snapshot("TableScope")
            .OfType("Microsoft.Storage/storageAccounts/blobServices/containers/immutabilityPolicies"))["properties"]!["immutabilityPeriodSinceCreationInDays"]!.GetValue<int>());
        // A locked policy cannot be PUT again: the redeploy leaves it alone.
        Assert.Empty(Variants.Snapshot("RetentionLocked").OfType("Microsoft.Storage/storageAccounts/blobServices/containers/immutabilityPolicies"));
    }

    [Fact]
    public void FunctionLogsAndEveryStorageReadWriteAndDeleteGoToTheWorkspaceKeptForLogRetentionDays()
    {
        var settings = Flex.OfType("Microsoft.Insights/diagnosticSettings");
        var workspace = Assert.Single(Flex.OfType("Microsoft.OperationalInsights/workspaces"));
        var data = (string)Flex.Account('d')["id"]!;
        var host = (string)Flex.Account('h')["id"]!;

        Assert.Equal(180, workspace["properties"]!["retentionInDays"]!.GetValue<int>());
        Assert.Equal(365, Assert.Single(Variants.Snapshot("RetentionLocked").OfType("Microsoft.OperationalInsights/workspaces"))["properties"]!["retentionInDays"]!.GetValue<int>());
        Assert.All(settings, s => Assert.Contains("Microsoft.OperationalInsights/workspaces", s["properties"]!["workspaceId"]!.Text(), StringComparison.Ordinal));
        Assert.Equal(["FunctionAppLogs"], Categories(Assert.Single(settings, s => ((string)s["id"]!).Contains("/Microsoft.Web/sites/", StringComparison.Ordinal))));
        string[] storageCategories = ["StorageDelete", "StorageRead", "StorageWrite"];
        Assert.Equal(storageCategories, Categories(Assert.Single(settings, s => ((string)s["id"]!).StartsWith(data + "/blobServices/default/", StringComparison.Ordinal))));
        Assert.Equal(storageCategories, Categories(Assert.Single(settings, s => ((string)s["id"]!).StartsWith(data + "/tableServices/default/", StringComparison.Ordinal))));
        Assert.Equal(storageCategories, Categories(Assert.Single(settings, s => ((string)s["id"]!).StartsWith(host + "/blobServices/default/", StringComparison.Ordinal))));
    }

    [Fact]
    public void TheAppsRolesAreTheHostAccountTheDataTablesTheReportsAndTelemetry()
    {
        var roles = Roles(Flex, App);
        var data = (string)Flex.Account('d')["name"]!;
        var host = (string)Flex.Account('h')["name"]!;

        Assert.Equal(4, roles.Count);
        Assert.EndsWith("/storageAccounts/" + data, roles[BuiltInRoles.StorageTableDataContributor].Single(), StringComparison.Ordinal);
        Assert.EndsWith("/storageAccounts/" + host, roles[BuiltInRoles.StorageBlobDataOwner].Single(), StringComparison.Ordinal);
        Assert.Equal([$"/storageAccounts/{data}/blobServices/default/containers/replies", $"/storageAccounts/{data}/blobServices/default/containers/reports"],
            roles[BuiltInRoles.StorageBlobDataContributor].Select(s => s[s.IndexOf("/storageAccounts/", StringComparison.Ordinal)..]).Order(StringComparer.Ordinal));
        Assert.Contains("/Microsoft.Insights/components/", roles[BuiltInRoles.MonitoringMetricsPublisher].Single(), StringComparison.Ordinal);
    }

    [Fact]
    public void TheOperatorGroupGetsTheDataTablesAndTheReportsContainerOnly()
    {
        var roles = Roles(Flex, Operators);
        var data = (string)Flex.Account('d')["name"]!;

        Assert.Equal(2, roles.Count);
        Assert.EndsWith("/storageAccounts/" + data, roles[BuiltInRoles.StorageTableDataContributor].Single(), StringComparison.Ordinal);
        Assert.EndsWith($"/storageAccounts/{data}/blobServices/default/containers/reports", roles[BuiltInRoles.StorageBlobDataContributor].Single(), StringComparison.Ordinal);
        Assert.All(Flex.OfType("Microsoft.Authorization/roleAssignments").Where(Operators), a => Assert.Equal(DeploymentSnapshot.OperatorGroup, (string?)a["properties"]!["principalId"]));
    }

    [Fact]
    public void PerTableScopeGrantsTheAppsTableRoleOnEachTableAndNotOnTheAccount()
    {
        var scopes = Roles(Variants.Snapshot("TableScope"), App)[BuiltInRoles.StorageTableDataContributor];

        Assert.Equal(7, scopes.Count); // the seven tables, the action links' among them
        Assert.All(scopes, s => Assert.Contains("/tableServices/default/tables/sd", s, StringComparison.Ordinal));
    }

    [Fact]
    public void InAzureChinaTelemetryKeepsLocalAuthAndSendsNoEntraTokenGloballyOnlyEntraId()
    {
        foreach (var variant in new[] { "FlexChina", "ElasticPremiumChina" })
        {
            var china = Variants.Snapshot(variant);
            Assert.Equal("China", china.AppSettings()["SuggestionDesk__Cloud"]);
            Assert.False(china.AppSettings().ContainsKey("APPLICATIONINSIGHTS_AUTHENTICATION_STRING"), variant);
            Assert.False(Assert.Single(china.OfType("Microsoft.Insights/components"))["properties"]!["DisableLocalAuth"]!.GetValue<bool>());
            Assert.False(Roles(china, App).ContainsKey(BuiltInRoles.MonitoringMetricsPublisher), "No token is sent, so no publisher role.");
        }

        Assert.Equal("Authorization=AAD", Flex.AppSettings()["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"]);
        Assert.True(Assert.Single(Flex.OfType("Microsoft.Insights/components"))["properties"]!["DisableLocalAuth"]!.GetValue<bool>());
        Assert.True(Roles(Flex, App).ContainsKey(BuiltInRoles.MonitoringMetricsPublisher));

        // Globally an office may keep local auth too (weaker): then it sends the key, not a token.
        var keyed = Variants.Snapshot("GlobalWithLocalAuth");
        Assert.False(keyed.AppSettings().ContainsKey("APPLICATIONINSIGHTS_AUTHENTICATION_STRING"));
        Assert.False(Assert.Single(keyed.OfType("Microsoft.Insights/components"))["properties"]!["DisableLocalAuth"]!.GetValue<bool>());
    }

    private static string DeploymentContainer(DeploymentSnapshot snapshot) =>
        ((string)Assert.Single(snapshot.OfType("Microsoft.Storage/storageAccounts/blobServices/containers"), c => ((string)c["name"]!).Contains("/app-package-", StringComparison.Ordinal))["name"]!).Split('/')[^1];

    private static string[] Categories(JsonObject setting) =>
        setting["properties"]!["logs"]!.AsArray().Where(l => l!["enabled"]!.GetValue<bool>()).Select(l => (string)l!["category"]!).Order(StringComparer.Ordinal).ToArray();

    internal static bool App(JsonObject assignment) => (string?)assignment["properties"]!["principalType"] == "ServicePrincipal";

    private static bool Operators(JsonObject assignment) => (string?)assignment["properties"]!["principalType"] == "Group";

    /// <summary>Role definition ID → the scopes it is assigned on, for the assignments <paramref name="which"/> selects.</summary>
    internal static Dictionary<string, List<string>> Roles(DeploymentSnapshot snapshot, Func<JsonObject, bool> which) =>
        snapshot.OfType("Microsoft.Authorization/roleAssignments").Where(which)
            .GroupBy(a => ((string)a["properties"]!["roleDefinitionId"]!).Split('/')[^1])
            .ToDictionary(g => g.Key, g => g.Select(Scope).ToList());

    private static string Scope(JsonObject assignment)
    {
        var id = (string)assignment["id"]!;
        if (id.StartsWith("[extensionResourceId('", StringComparison.Ordinal))
        {
            // [extensionResourceId('<scope>', 'Microsoft.Authorization/roleAssignments', ...)] while the name needs the principal ID.
            var start = id.IndexOf('\'', StringComparison.Ordinal) + 1;
            return id[start..id.IndexOf('\'', start)];
        }

        return id[..id.IndexOf("/providers/Microsoft.Authorization/roleAssignments/", StringComparison.Ordinal)];
    }
}
