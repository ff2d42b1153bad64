using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;

namespace SuggestionDesk.Functions.Settings;

/// <summary>Checks the action pages' settings at start-up, naming the app setting and what to give.</summary>
internal static partial class ActionSettingsCheck
{
    public static IEnumerable<string> Problems(DeskSettings settings, IConfiguration configuration)
    {
        if (settings.ActionBaseUrl is { } url
            && (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttps && !url.IsLoopback) || url.Query.Length > 0 || url.Fragment.Length > 0))
        {
            yield return $"SuggestionDesk__ActionBaseUrl: '{url}' is not the https address the app is reached at. Give it like https://suggestions.example.gov.cn/, or leave it empty for the app's own address.";
        }
        else if (settings.ActionLinks && settings.LinkBaseUrl(configuration[DeskSettings.HostNameVariable]) is null)
        {
            yield return $"SuggestionDesk__ActionBaseUrl: missing. Reminders are to carry links (SuggestionDesk__ActionLinks) but the app's address is not known here ({DeskSettings.HostNameVariable} is not set): give the address the pages are reached at, or set SuggestionDesk__ActionLinks to false.";
        }

        if (!ContainerName().IsMatch(settings.ReplyContainer ?? string.Empty))
        {
            yield return $"SuggestionDesk__ReplyContainer: '{settings.ReplyContainer}' is not a blob container name. Use 3 to 63 lowercase letters, digits and single hyphens, e.g. 'replies'.";
        }
    }

    [GeneratedRegex("^(?=.{3,63}$)[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex ContainerName();
}
