using SuggestionDesk.Items;

namespace SuggestionDesk.Web;

/// <summary>How the action pages are served: in which language, and whether the platform's sign-in is in force.</summary>
public sealed record ActionPagesOptions
{
    /// <summary>The language of the pages: Chinese unless the office sets English.</summary>
    public Language Language { get; init; } = Language.Chinese;

    /// <summary>
    /// Whether the office turned on Entra ID sign-in for the app (App Service Authentication). Then the platform puts the
    /// signed-in user in the <c>X-MS-CLIENT-PRINCIPAL-NAME</c> and <c>X-MS-CLIENT-PRINCIPAL</c> headers (and strips them
    /// from what a client sends), a request without them is refused, and the user must be the link's recipient or the
    /// department's head. Off, those headers are ignored: without the platform in front, anyone could send them.
    /// </summary>
    public bool RequireSignIn { get; init; }
}
