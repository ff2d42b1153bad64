using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace SuggestionDesk.Infra.Tests;

/// <summary>The Functions app: its identity, its plan, and every setting the app and its host read.</summary>
public sealed partial class FunctionAppTests
{
    private static CompiledTemplate Template => CompiledTemplate.Main;

    private static TemplateResource Site => Assert.Single(Template.Declared("Microsoft.Web/sites"));

    /// <summary>The settings main.bicep passes to the app, by name.</summary>
    private static JsonObject AppSettings => Template.Module("functionApp").Properties["parameters"]!["appSettings"]!["value"]!.AsObject();

    /// <summary>The host's own settings, set by the module.</summary>
    private static JsonObject HostSettings => Site.Template["variables"]!["hostSettings"]!.AsObject();

    [Fact]
    public void IdentityIsSystemAssigned()
    {
        Assert.Equal("SystemAssigned", (string?)Site.Node["identity"]!["type"]);
    }

    [Fact]
    public void FlexDeploymentStorageUsesTheSystemIdentity()
    {
        var config = (string)Site.Properties["functionAppConfig"]!;

        Assert.Contains("'SystemAssignedIdentity'", config, StringComparison.Ordinal);
        Assert.Contains("'blobContainer'", config, StringComparison.Ordinal);
        Assert.Contains("'dotnet-isolated'", config, StringComparison.Ordinal);
    }

    [Fact]
    public void FlexConsumptionIsTheDefaultPlanAndElasticPremiumTheAlternative()
    {
        var plan = Template.Root["parameters"]!["hostingPlan"]!;

        Assert.Equal("FlexConsumption", (string?)plan["defaultValue"]);
        Assert.Equal(["FlexConsumption", "ElasticPremium"], plan["allowedValues"]!.AsArray().Select(v => (string)v!));
    }

    [Fact]
    public void OnlyHttpsAndNoBasicAuthPublishing()
    {
        Assert.True(Site.Properties["httpsOnly"]!.GetValue<bool>());
        var policies = Template.Declared("Microsoft.Web/sites/basicPublishingCredentialsPolicies");
        Assert.Equal(2, policies.Count);
        Assert.All(policies, p => Assert.False(p.Properties["allow"]!.GetValue<bool>()));
    }

    [Theory]
    [InlineData("SuggestionDesk__Cloud", "[parameters('cloud')]")]
    [InlineData("SuggestionDesk__TableEndpoint", "outputs.tableEndpoint.value]")]
    [InlineData("SuggestionDesk__TablePrefix", "[parameters('tablePrefix')]")]
    [InlineData("SuggestionDesk__BlobEndpoint", "outputs.blobEndpoint.value]")]
    [InlineData("SuggestionDesk__ReportContainer", "[variables('reportContainerName')]")]
    [InlineData("SuggestionDesk__SenderMailbox", "[parameters('senderMailbox')]")]
    [InlineData("SuggestionDesk__OfficeMailbox", "[parameters('officeMailbox')]")]
    [InlineData("SuggestionDesk__CommitteeRecipients", "[parameters('committeeRecipients')]")]
    [InlineData("SuggestionDesk__Language", "[parameters('language')]")]
    [InlineData("SuggestionDesk__ReportFontFolder", "[parameters('reportFontFolder')]")]
    [InlineData("ReminderSchedule", "[parameters('reminderSchedule')]")]
    [InlineData("DigestSchedule", "[parameters('digestSchedule')]")]
    [InlineData("ReportSchedule", "[parameters('reportSchedule')]")]
    public void EverySettingTheAppReadsIsWired(string name, string valueEnd)
    {
        Assert.True(AppSettings.ContainsKey(name), $"App setting '{name}' is not set by main.bicep.");
        Assert.EndsWith(valueEnd, (string?)AppSettings[name], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SuggestionDesk__TableEndpoint", "dataStorage", "tableEndpoint")]
    [InlineData("SuggestionDesk__BlobEndpoint", "dataStorage", "blobEndpoint")]
    public void TheAppsDataEndpointsComeFromTheDataAccount(string setting, string module, string output)
    {
        Assert.Equal($"[reference('{module}').outputs.{output}.value]", (string?)AppSettings[setting]);
    }

    [Fact]
    public void EndpointsComeFromTheStorageAccountsThemselves()
    {
        var account = Assert.Single(Template.Resources(), r => r.Type == "Microsoft.Resources/deployments" && (string?)r.Node["name"] == "hostStorageAccount");
        var outputs = account.Properties["template"]!["outputs"]!;

        Assert.EndsWith(".primaryEndpoints.table]", (string?)outputs["tableEndpoint"]!["value"], StringComparison.Ordinal);
        Assert.EndsWith(".primaryEndpoints.blob]", (string?)outputs["blobEndpoint"]!["value"], StringComparison.Ordinal);
        Assert.EndsWith(".primaryEndpoints.queue]", (string?)outputs["queueEndpoint"]!["value"], StringComparison.Ordinal);
        var functionApp = Template.Module("functionApp").Properties["parameters"]!;
        foreach (var service in new[] { "Blob", "Queue", "Table" })
        {
            Assert.Contains("'hostStorage'", (string?)functionApp[$"host{service}Endpoint"]!["value"], StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("senderMailbox", null)]
    [InlineData("officeMailbox", null)]
    [InlineData("language", "Chinese")]
    [InlineData("reminderSchedule", "0 0 1 * * *")]
    [InlineData("digestSchedule", "0 30 1 * * *")]
    [InlineData("reportSchedule", "0 0 2 1 * *")]
    public void DefaultsAreAsDocumented(string parameter, string? defaultValue)
    {
        var node = Template.Root["parameters"]![parameter]!;

        Assert.Equal(defaultValue, (string?)node["defaultValue"]);
    }

    [Fact]
    public void HostStorageIsReachedByServiceUrisWithTheManagedIdentity()
    {
        Assert.Equal("managedidentity", (string?)HostSettings["AzureWebJobsStorage__credential"]);
        Assert.Equal("[parameters('hostBlobEndpoint')]", (string?)HostSettings["AzureWebJobsStorage__blobServiceUri"]);
        Assert.Equal("[parameters('hostQueueEndpoint')]", (string?)HostSettings["AzureWebJobsStorage__queueServiceUri"]);
        Assert.Equal("[parameters('hostTableEndpoint')]", (string?)HostSettings["AzureWebJobsStorage__tableServiceUri"]);
        Assert.False(HostSettings.ContainsKey("AzureWebJobsStorage"), "A plain AzureWebJobsStorage would be a connection string.");
        Assert.False(HostSettings.ContainsKey("AzureWebJobsStorage__accountName"), "accountName assumes the global storage suffix.");
    }

    [Fact]
    public void TelemetryUsesEntraIdExactlyWhenAppInsightsRefusesKeysAndTheLocalAuthDefaultFollowsTheCloud()
    {
        Assert.Equal("[parameters('appInsightsConnectionString')]", (string?)HostSettings["APPLICATIONINSIGHTS_CONNECTION_STRING"]);
        Assert.Equal("[if(parameters('telemetryWithEntraId'), createObject('APPLICATIONINSIGHTS_AUTHENTICATION_STRING', 'Authorization=AAD'), createObject())]", (string?)Site.Template["variables"]!["telemetrySettings"]);
        var insights = Assert.Single(Template.Declared("Microsoft.Insights/components"));
        Assert.Equal("[equals(parameters('localAuth'), 'Disabled')]", (string?)insights.Properties["DisableLocalAuth"]);
        Assert.Contains("Microsoft.OperationalInsights/workspaces", (string?)insights.Properties["WorkspaceResourceId"], StringComparison.Ordinal);
        Assert.Equal("[equals(variables('checked').appInsightsLocalAuth, 'Disabled')]", (string?)Template.Root["variables"]!["telemetryWithEntraId"]);
        Assert.Equal("[if(equals(parameters('cloud'), 'China'), 'Enabled', 'Disabled')]", (string?)Template.Root["parameters"]!["appInsightsLocalAuth"]!["defaultValue"]);
    }

    [Fact]
    public void AllSettingsReachTheSite()
    {
        Assert.Equal("[union(variables('hostSettings'), variables('telemetrySettings'), variables('classicSettings'), parameters('appSettings'))]", (string?)Site.Template["variables"]!["settings"]);
        Assert.Contains("variables('settings')", Site.Properties["siteConfig"]!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public void BicepOwnsEveryAppSettingTheAppReads()
    {
        // Every SuggestionDesk__ setting the app reads in Azure is set by main.bicep, so a redeploy never wipes one
        // that was set by hand. The local-only ones (a connection string, the Outbox, another Graph root, a
        // user-assigned identity) are left out on purpose.
        var source = File.ReadAllText(Path.Combine(Repository.Root, "functions", "SuggestionDesk.Functions", "Settings", "DeskSettings.cs"));
        var properties = SettingProperty().Matches(source).Select(m => m.Groups[1].Value).ToList();
        string[] localOnly = ["StorageConnectionString", "Transport", "OutboxPath", "GraphEndpoint", "ManagedIdentityClientId"];

        Assert.NotEmpty(properties);
        foreach (var property in properties.Except(localOnly))
        {
            Assert.True(AppSettings.ContainsKey($"SuggestionDesk__{property}"), $"DeskSettings.{property} is not set by main.bicep: add it to the appSettings there, or to the local-only list here.");
        }
    }

    [GeneratedRegex(@"public (?:string|Uri)\?? (\w+) \{ get; set; \}")]
    private static partial Regex SettingProperty();
}
