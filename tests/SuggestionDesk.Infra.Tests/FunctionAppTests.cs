using System.Text.Json.Nodes;

namespace SuggestionDesk.Infra.Tests;

/// <summary>The Functions app: its identity, its plan, and every setting the app and its host read.</summary>
public sealed class FunctionAppTests
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
    [InlineData("ReminderSchedule", "[parameters('reminderSchedule')]")]
    [InlineData("DigestSchedule", "[parameters('digestSchedule')]")]
    [InlineData("ReportSchedule", "[parameters('reportSchedule')]")]
    public void EverySettingTheAppReadsIsWired(string name, string valueEnd)
    {
        Assert.True(AppSettings.ContainsKey(name), $"App setting '{name}' is not set by main.bicep.");
        Assert.EndsWith(valueEnd, (string?)AppSettings[name], StringComparison.Ordinal);
    }

    [Fact]
    public void EndpointsComeFromTheStorageAccountItself()
    {
        var outputs = Template.Module("storage").Properties["template"]!["outputs"]!;

        Assert.EndsWith(".primaryEndpoints.table]", (string?)outputs["tableEndpoint"]!["value"], StringComparison.Ordinal);
        Assert.EndsWith(".primaryEndpoints.blob]", (string?)outputs["blobEndpoint"]!["value"], StringComparison.Ordinal);
        Assert.EndsWith(".primaryEndpoints.queue]", (string?)outputs["queueEndpoint"]!["value"], StringComparison.Ordinal);
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
        Assert.Equal("[parameters('blobEndpoint')]", (string?)HostSettings["AzureWebJobsStorage__blobServiceUri"]);
        Assert.Equal("[parameters('queueEndpoint')]", (string?)HostSettings["AzureWebJobsStorage__queueServiceUri"]);
        Assert.Equal("[parameters('tableEndpoint')]", (string?)HostSettings["AzureWebJobsStorage__tableServiceUri"]);
        Assert.False(HostSettings.ContainsKey("AzureWebJobsStorage"), "A plain AzureWebJobsStorage would be a connection string.");
        Assert.False(HostSettings.ContainsKey("AzureWebJobsStorage__accountName"), "accountName assumes the global storage suffix.");
    }

    [Fact]
    public void TelemetryIsSentWithEntraIdAndAppInsightsRefusesKeys()
    {
        Assert.Equal("Authorization=AAD", (string?)HostSettings["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"]);
        Assert.Equal("[parameters('appInsightsConnectionString')]", (string?)HostSettings["APPLICATIONINSIGHTS_CONNECTION_STRING"]);
        var insights = Assert.Single(Template.Declared("Microsoft.Insights/components"));
        Assert.True(insights.Properties["DisableLocalAuth"]!.GetValue<bool>());
        Assert.Contains("Microsoft.OperationalInsights/workspaces", (string?)insights.Properties["WorkspaceResourceId"], StringComparison.Ordinal);
    }

    [Fact]
    public void AllSettingsReachTheSite()
    {
        Assert.Equal("[union(variables('hostSettings'), variables('classicSettings'), parameters('appSettings'))]", (string?)Site.Template["variables"]!["settings"]);
        Assert.Contains("variables('settings')", Site.Properties["siteConfig"]!.Text(), StringComparison.Ordinal);
    }
}
