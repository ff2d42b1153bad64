using System.Text.RegularExpressions;

namespace SuggestionDesk.Infra.Tests;

/// <summary>No key or secret anywhere, and nothing tied to one cloud: the same Bicep deploys to global Azure and Azure China.</summary>
public sealed partial class CloudAndSecretsTests
{
    public static TheoryData<string> BicepFiles() => new(Repository.BicepFiles());

    [Theory]
    [InlineData("listKeys")]
    [InlineData("AccountKey")]
    [InlineData("SharedAccessSignature")]
    [InlineData("InstrumentationKey=")]
    [InlineData("WEBSITE_CONTENTAZUREFILECONNECTIONSTRING")]
    public void CompiledTemplateHoldsNoKeyOrConnectionStringWithAKey(string forbidden)
    {
        Assert.DoesNotContain(forbidden, CompiledTemplate.Main.Json, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void CompiledTemplateCallsNoListFunction()
    {
        // list*() functions (listKeys, listAccountSas, listServiceSas, ...) return secrets.
        Assert.Empty(ListFunction().Matches(CompiledTemplate.Main.Json).Select(m => m.Value));
    }

    [Theory]
    [MemberData(nameof(BicepFiles))]
    public void NoCloudSpecificHostIsWrittenIntoTheBicep(string file)
    {
        var text = File.ReadAllText(Path.Combine(Repository.Infra, file));

        foreach (var host in CloudHosts)
        {
            Assert.DoesNotContain(host, text, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void CloudSettingFollowsTheCloudDeployedTo()
    {
        var cloud = CompiledTemplate.Main.Root["parameters"]!["cloud"]!;

        Assert.Equal("[if(equals(environment().name, 'AzureChinaCloud'), 'China', 'Global')]", (string?)cloud["defaultValue"]);
        Assert.Equal(["Global", "China"], cloud["allowedValues"]!.AsArray().Select(v => (string)v!));
    }

    private static readonly string[] CloudHosts =
    [
        "core.windows.net",
        "core.chinacloudapi.cn",
        "chinacloudapi.cn",
        "graph.microsoft.com",
        "microsoftgraph.chinacloudapi.cn",
        "login.microsoftonline.com",
        "login.partner.microsoftonline.cn",
        "azurewebsites.net",
        "chinacloudsites.cn",
        "management.azure.com",
        "applicationinsights.azure",
    ];

    [GeneratedRegex(@"\blist[A-Za-z]*\(", RegexOptions.IgnoreCase)]
    private static partial Regex ListFunction();
}
