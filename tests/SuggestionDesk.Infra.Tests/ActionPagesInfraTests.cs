namespace SuggestionDesk.Infra.Tests;

/// <summary>What the action pages add to a deployment: the reply documents' container and role, the links' settings, and optional sign-in.</summary>
public sealed class ActionPagesInfraTests
{
    private const string ClientId = "11111111-2222-3333-4444-555555555555";
    private static DeploymentSnapshot Default => Variants.Snapshot("FlexGlobal");

    private static DeploymentSnapshot SignIn => Variants.Snapshot("ActionSignIn");

    [Fact]
    public void ByDefaultLinksAreOnAtTheAppsOwnAddressWithoutSignIn()
    {
        var settings = Default.AppSettings();

        Assert.Equal(("True", string.Empty, "False", "replies"),
            (settings["SuggestionDesk__ActionLinks"], settings["SuggestionDesk__ActionBaseUrl"], settings["SuggestionDesk__ActionSignIn"], settings["SuggestionDesk__ReplyContainer"]));
        Assert.Empty(Default.OfType("Microsoft.Web/sites/config"));
    }

    [Fact]
    public void ReplyDocumentsHaveAPrivateContainerInTheDataAccountTheAppWritesTo()
    {
        var container = Assert.Single(Default.OfType("Microsoft.Storage/storageAccounts/blobServices/containers"), c => ((string)c["name"]!).EndsWith("/replies", StringComparison.Ordinal));

        Assert.Equal("None", (string?)container["properties"]!["publicAccess"]);
        var replies = DeploymentSnapshotTests.Roles(Default, DeploymentSnapshotTests.App)[BuiltInRoles.StorageBlobDataContributor].Where(s => s.EndsWith("/containers/replies", StringComparison.Ordinal));
        Assert.Single(replies);
    }

    [Fact]
    public void WithAnAppRegistrationEveryRequestSignsInWithEntraIdAndNoSecret()
    {
        var auth = Assert.Single(SignIn.OfType("Microsoft.Web/sites/config"));
        var properties = auth["properties"]!;
        var aad = properties["identityProviders"]!["azureActiveDirectory"]!;
        var settings = SignIn.AppSettings();

        Assert.EndsWith("/authsettingsV2", (string)auth["name"]!, StringComparison.Ordinal);
        Assert.True((bool)properties["platform"]!["enabled"]!);
        Assert.True((bool)properties["globalValidation"]!["requireAuthentication"]!);
        Assert.Equal("RedirectToLoginPage", (string?)properties["globalValidation"]!["unauthenticatedClientAction"]);
        Assert.Equal(ClientId, (string?)aad["registration"]!["clientId"]);
        Assert.Null(aad["registration"]!["clientSecretSettingName"]);
        Assert.Contains("/v2.0", (string)aad["registration"]!["openIdIssuer"]!, StringComparison.Ordinal);
        Assert.Contains("environment().authentication.loginEndpoint", (string)aad["registration"]!["openIdIssuer"]!, StringComparison.Ordinal);
        Assert.Contains(ClientId, aad["validation"]!["allowedAudiences"]!.AsArray().Select(a => (string)a!));
        Assert.Equal(("True", "https://suggestions.example.gov.cn/"), (settings["SuggestionDesk__ActionSignIn"], settings["SuggestionDesk__ActionBaseUrl"]));
    }

}
