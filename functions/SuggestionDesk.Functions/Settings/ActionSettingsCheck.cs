using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using SuggestionDesk.Localization;

namespace SuggestionDesk.Functions.Settings;

/// <summary>Checks the action pages' settings at start-up, naming the app setting and what to give.</summary>
internal static partial class ActionSettingsCheck
{
    public static IEnumerable<string> Problems(DeskSettings settings, IConfiguration configuration)
    {
        if (settings.ActionBaseUrl is { } url
            && (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttps && !url.IsLoopback) || url.Query.Length > 0 || url.Fragment.Length > 0))
        {
            yield return MessageText.Format(Localization.Messages.SettingsActionBaseUrlInvalid, url);
        }
        else if (settings.ActionLinks && settings.LinkBaseUrl(configuration[DeskSettings.HostNameVariable]) is null)
        {
            yield return MessageText.Format(Localization.Messages.SettingsActionBaseUrlMissing, DeskSettings.HostNameVariable);
        }

        if (!ContainerName().IsMatch(settings.ReplyContainer ?? string.Empty))
        {
            yield return MessageText.Format(Localization.Messages.SettingsReplyContainerInvalid, settings.ReplyContainer);
        }
    }

    [GeneratedRegex("^(?=.{3,63}$)[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex ContainerName();
}
