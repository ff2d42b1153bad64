namespace SuggestionDesk.Infra.Tests;

/// <summary>Parameters that cannot work stop the deployment with a message naming the value and what to do.</summary>
public sealed class RefusalTests
{
    /// <summary>Parameter lines → what the refusal must say.</summary>
    private static readonly Dictionary<string, (string[] Parameters, string Message)> Cases = new()
    {
        ["network"] = (["param storagePublicNetworkAccess = 'Disabled'"], "storagePublicNetworkAccess=Disabled needs a network design"),
        ["baseName dash"] = (["param baseName = 'sd-desk'"], "baseName 'sd-desk' must be letters and digits only"),
        ["baseName underscore"] = (["param baseName = 'sd_1'"], "baseName 'sd_1' must be letters and digits only"),
        ["data name"] = (["param dataStorageAccountName = 'Records01'"], "dataStorageAccountName 'Records01' must be 3-24 lowercase letters and digits"),
        ["host name"] = (["param hostStorageAccountName = 'ab'"], "hostStorageAccountName 'ab' is not a storage account name"),
        ["same names"] = (["param hostStorageAccountName = 'stsdeskrecords'", "param dataStorageAccountName = 'stsdeskrecords'"], "differ from the host account's name"),
        ["zero group"] = (["param operatorGroupObjectId = '00000000-0000-0000-0000-000000000000'"], "is not a group's object ID"),
        ["group name"] = (["param operatorGroupObjectId = 'office admins'"], "operatorGroupObjectId 'office admins' is not a group's object ID"),
        ["package"] = (["param packageBlobName = 'suggestiondesk.tar.gz'"], "packageBlobName 'suggestiondesk.tar.gz' must be a blob name ending in .zip"),
        ["entra in china"] = (["param cloud = 'China'", "param appInsightsLocalAuth = 'Disabled'"], "appInsightsLocalAuth=Disabled cannot work in Azure China"),
    };

    // All refused together the first time one is asked for (each bicep run mostly waits).
    private static readonly Lazy<IReadOnlyDictionary<string, string>> Refusals = new(() =>
        Parallel.Run(Cases, c => DeploymentSnapshot.Refusal(c.Parameters)));

    public static TheoryData<string> CaseNames() => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void AParameterThatCannotWorkIsRefusedNamingItsValue(string name)
    {
        Assert.Contains(Cases[name].Message, Refusals.Value[name], StringComparison.Ordinal);
    }

    [Fact]
    public void TheRefusedValuesAreRefusedOnlyAloneNotTheDefaults()
    {
        // The same snapshot without the refused line goes through: the refusal is the value's, not the template's.
        Assert.NotEmpty(Variants.Snapshot("FlexGlobal").Resources);
        Assert.NotEmpty(Variants.Snapshot("FlexChina").Resources);
    }

    [Fact]
    public void ACloudOtherThanTheDeploymentsOwnIsRefusedOnEveryResource()
    {
        // environment() is known only to a real deployment, so this is read from the compiled template: the check
        // compares the parameter with the deployment's cloud and fails, and its result is a tag of every resource
        // the modules declare, so the first module already stops.
        var main = CompiledTemplate.Main;
        var check = (string)main.Root["variables"]!["checkedCloud"]!;

        Assert.Contains("equals(parameters('cloud'), variables('deploymentCloud'))", check, StringComparison.Ordinal);
        Assert.Contains("fail(format('cloud={0} but this deployment goes to {1}. A 21Vianet Microsoft 365 tenant needs Azure China", check, StringComparison.Ordinal);
        Assert.Contains("not to {0}.', environment().name)", check, StringComparison.Ordinal);
        Assert.Equal("[if(equals(environment().name, 'AzureChinaCloud'), 'China', if(equals(environment().name, 'AzureCloud'), 'Global', 'Unsupported'))]", (string?)main.Root["variables"]!["deploymentCloud"]);
        Assert.Contains("variables('checkedCloud')", (string?)main.Root["variables"]!["resourceTags"], StringComparison.Ordinal);
        foreach (var module in new[] { "monitoring", "hostStorage", "dataStorage", "functionApp" })
        {
            Assert.Equal("[variables('resourceTags')]", (string?)main.Module(module).Properties["parameters"]!["tags"]!["value"]);
        }

        // Offline, with the cloud stated, the tag stays the unevaluated check (it would fail or pass only in Azure).
        var site = Assert.Single(Variants.Snapshot("FlexGlobal").OfType("Microsoft.Web/sites"));
        Assert.Contains("fail(format('cloud={0}", (string?)site["tags"]!["suggestiondesk-cloud"], StringComparison.Ordinal);
    }
}
