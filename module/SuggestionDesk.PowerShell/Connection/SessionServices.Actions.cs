using SuggestionDesk.Services;

namespace SuggestionDesk.PowerShell.Connection;

/// <summary>The reminder links' services over the connection: issuing them with reminders, listing and revoking them.</summary>
internal sealed partial class SessionServices
{
    /// <summary>Issues the links reminders carry, to pages served at <paramref name="baseUrl"/>.</summary>
    public ActionLinkIssuer LinkIssuer(Uri baseUrl)
    {
        var storage = connection.Storage;
        return new ActionLinkIssuer(storage.Items, storage.ActionLinks, storage.ActionLinkPolicies, ActionLinkIssuer.CheckBaseUrl(baseUrl), TimeProvider.System);
    }

    /// <summary>What a link does, and the office's listing and revoking of links.</summary>
    public ActionLinkService ActionLinks(CancellationToken cancellationToken)
    {
        var storage = connection.Storage;
        return new ActionLinkService(storage.ActionLinks, storage.ActionLinkPolicies, storage.Directory, Suggestions(Deadlines(cancellationToken)), TimeProvider.System);
    }
}
