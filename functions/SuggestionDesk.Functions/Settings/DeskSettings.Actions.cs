namespace SuggestionDesk.Functions.Settings;

/// <summary>The settings of the action pages and the links reminders carry.</summary>
public sealed partial class DeskSettings
{
    /// <summary>The variable App Service sets to the app's own host name, e.g. <c>sd-func.azurewebsites.net</c>.</summary>
    public const string HostNameVariable = "WEBSITE_HOSTNAME";

    /// <summary>
    /// Whether the timers' reminders carry links officers act from, at <see cref="ActionBaseUrl"/> or, without it, at the
    /// app's own address. The pages are served either way, for links sent before.
    /// </summary>
    public bool ActionLinks { get; set; }

    /// <summary>
    /// The address the app's action pages are reached at when it is not the app's own host name (a custom domain, a
    /// gateway), e.g. <c>https://suggestions.example.gov.cn/</c>. Giving one turns the links on.
    /// </summary>
    public Uri? ActionBaseUrl { get; set; }

    /// <summary>
    /// Whether Entra ID sign-in (App Service Authentication) is on for the app: then a page needs the platform's signed-in
    /// user, who must be the link's recipient or the department's head. Set by the infrastructure with the auth settings.
    /// </summary>
    public bool ActionSignIn { get; set; }

    /// <summary>The blob container replies' documents sent from a link's page are kept in.</summary>
    public string ReplyContainer { get; set; } = "replies";

    /// <summary>
    /// The links' base address: <see cref="ActionBaseUrl"/>, else the app's own (<paramref name="hostName"/>, from
    /// <see cref="HostNameVariable"/>) when <see cref="ActionLinks"/> is on; null when reminders carry no links.
    /// </summary>
    public Uri? LinkBaseUrl(string? hostName) =>
        ActionBaseUrl ?? (ActionLinks && !string.IsNullOrWhiteSpace(hostName) ? new Uri($"https://{hostName.Trim()}/") : null);
}
