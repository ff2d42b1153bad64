using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using SuggestionDesk.Web;

namespace SuggestionDesk.Functions.Http;

/// <summary>
/// The pages a reminder's links open, at <c>/act/{token}</c> (host.json sets no route prefix): HTTP triggers that hand
/// the request to SuggestionDesk.Web's <see cref="ActionPageHandler"/>, the same code the local host serves. Anonymous
/// at the function level: the link's token is the key, and the office may put Entra ID sign-in in front of the app.
/// </summary>
public sealed class ActionPageFunctions(ActionPageHandler pages)
{
    /// <summary>Shows the item and the form; changes nothing.</summary>
    [Function("ActionPage")]
    public async Task<IActionResult> ShowAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "act/{token}")] HttpRequest request, string token)
    {
        ArgumentNullException.ThrowIfNull(request);
        await pages.GetAsync(request.HttpContext, token).ConfigureAwait(false);
        return new EmptyResult();
    }

    /// <summary>Acts on the submitted form, once.</summary>
    [Function("ActionSubmit")]
    public async Task<IActionResult> SubmitAsync([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "act/{token}")] HttpRequest request, string token)
    {
        ArgumentNullException.ThrowIfNull(request);
        await pages.PostAsync(request.HttpContext, token).ConfigureAwait(false);
        return new EmptyResult();
    }
}
