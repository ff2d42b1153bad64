using SuggestionDesk.Items;
using SuggestionDesk.Localization;

namespace SuggestionDesk.Graph;

/// <summary>
/// A Microsoft Graph deployment: where Graph answers and where its tokens come from. The global service and the
/// one in China operated by 21Vianet are separate clouds with separate endpoints, sign-in and tenants.
/// </summary>
/// <param name="Name">The name used in settings: <c>Global</c> or <c>China</c>.</param>
/// <param name="GraphEndpoint">The Graph root, e.g. <c>https://graph.microsoft.com</c>.</param>
/// <param name="AuthorityHost">The Microsoft Entra sign-in host, e.g. <c>https://login.microsoftonline.com/</c>.</param>
public sealed record GraphCloud(string Name, Uri GraphEndpoint, Uri AuthorityHost)
{
    /// <summary>The global Microsoft 365 service.</summary>
    public static GraphCloud Global { get; } = new("Global", new Uri("https://graph.microsoft.com"), new Uri("https://login.microsoftonline.com/"));

    /// <summary>Microsoft 365 operated by 21Vianet in China (世纪互联).</summary>
    public static GraphCloud China { get; } = new("China", new Uri("https://microsoftgraph.chinacloudapi.cn"), new Uri("https://login.chinacloudapi.cn/"));

    /// <summary>Every cloud by its name, as parameters offer them.</summary>
    public static IReadOnlyList<GraphCloud> Known { get; } = [Global, China];

    /// <summary>The token scope for app-only access: the Graph root's <c>/.default</c>.</summary>
    public string Scope => new Uri(GraphEndpoint, "/.default").ToString();

    /// <summary>
    /// The cloud named <paramref name="name"/>: <c>Global</c> (also <c>AzureCloud</c>, <c>AzurePublicCloud</c>) or
    /// <c>China</c> (also <c>AzureChinaCloud</c>), ignoring case.
    /// </summary>
    /// <exception cref="ArgumentException">Any other name, with the names allowed.</exception>
    public static GraphCloud Parse(string? name) => name?.Trim().ToUpperInvariant() switch
    {
        "GLOBAL" or "AZURECLOUD" or "AZUREPUBLICCLOUD" or "PUBLIC" => Global,
        "CHINA" or "AZURECHINACLOUD" or "21VIANET" => China,
        _ => throw new ArgumentException(MessageText.Format(Localization.Messages.GraphCloudUnknown, TextRules.Quote(name)), nameof(name)),
    };
}
