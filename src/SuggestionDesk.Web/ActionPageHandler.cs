using System.Text;
using Microsoft.AspNetCore.Http;
using SuggestionDesk.Actions;
using SuggestionDesk.Web.Pages;

namespace SuggestionDesk.Web;

/// <summary>
/// Serves a link's address: GET shows the item and the form and changes nothing (mail scanners and link previews fetch
/// links); only the form's POST acts, once, with its anti-forgery field. Every response is a whole page under a strict
/// Content-Security-Policy, never cached and never sending the address (which holds the token) on as a referrer.
/// </summary>
public sealed class ActionPageHandler(ActionLinkServices services, ActionPagesOptions options)
{
    private readonly PageText text = new(options.Language);

    /// <summary>Shows the page of the link <paramref name="token"/>.</summary>
    public async Task GetAsync(HttpContext context, string? token)
    {
        ArgumentNullException.ThrowIfNull(context);
        var cancellationToken = context.RequestAborted;
        if (Caller(context) is not { } caller)
        {
            await RefuseAsync(context, ActionResult.Refused(ActionRefusal.SignInRequired)).ConfigureAwait(false);
            return;
        }

        var service = await services.CreateAsync(cancellationToken).ConfigureAwait(false);
        var opened = await service.OpenAsync(token, caller, cancellationToken).ConfigureAwait(false);
        if (!opened.Succeeded)
        {
            await RefuseAsync(context, opened).ConfigureAwait(false);
            return;
        }

        var model = new FormPageModel(opened.Link!, opened.Item!, service.Suggestions.Deadlines, service.Today, FormGuard.Issue(context, token!), service.KeepsDocuments);
        await WriteAsync(context, FormPage.Write(model, text), StatusCodes.Status200OK).ConfigureAwait(false);
    }

    /// <summary>Acts on the form posted to the link <paramref name="token"/>.</summary>
    public async Task PostAsync(HttpContext context, string? token)
    {
        ArgumentNullException.ThrowIfNull(context);
        var cancellationToken = context.RequestAborted;
        if (Caller(context) is not { } caller)
        {
            await RefuseAsync(context, ActionResult.Refused(ActionRefusal.SignInRequired)).ConfigureAwait(false);
            return;
        }

        if (!context.Request.HasFormContentType)
        {
            await WriteAsync(context, OutcomePage.Unguarded(text), StatusCodes.Status400BadRequest).ConfigureAwait(false);
            return;
        }

        var values = await context.Request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
        if (token is null || !FormGuard.Check(context, token, values[FormGuard.Field]))
        {
            await WriteAsync(context, OutcomePage.Unguarded(text), StatusCodes.Status400BadRequest).ConfigureAwait(false);
            return;
        }

        var service = await services.CreateAsync(cancellationToken).ConfigureAwait(false);
        var (form, error) = await FormReader.ReadAsync(values, text, cancellationToken).ConfigureAwait(false);
        var result = form is null
            ? await service.OpenAsync(token, caller, cancellationToken).ConfigureAwait(false)
            : await service.PerformAsync(token, values[FormReader.Version].ToString(), form, caller, cancellationToken).ConfigureAwait(false);
        if (form is not null && result.Succeeded)
        {
            await WriteAsync(context, OutcomePage.Done(result.Link!, result.Item!, service.Suggestions.Deadlines, service.Today, text), StatusCodes.Status200OK).ConfigureAwait(false);
        }
        else if (result.Succeeded || result.Refusal == ActionRefusal.Invalid)
        {
            // The form again, with what was filled in and what was wrong.
            var model = new FormPageModel(result.Link!, result.Item!, service.Suggestions.Deadlines, service.Today, FormGuard.Issue(context, token), service.KeepsDocuments,
                values, error ?? Invalid(result));
            await WriteAsync(context, FormPage.Write(model, text), StatusCodes.Status422UnprocessableEntity).ConfigureAwait(false);
        }
        else
        {
            await RefuseAsync(context, result).ConfigureAwait(false);
        }
    }

    private string Invalid(ActionResult result) =>
        text.T("未能提交，请修改后再提交：", "Not recorded; correct this and send it again: ") + result.Detail + " " + text.NothingChanged;

    /// <summary>The caller: nobody in particular without sign-in; with it, the signed-in user, or null when nobody is.</summary>
    private ActionCaller? Caller(HttpContext context)
    {
        if (!options.RequireSignIn)
        {
            return ActionCaller.Anonymous;
        }

        var caller = SignedInUser.Read(context.Request);
        return caller.IsSignedIn ? caller : null;
    }

    private Task RefuseAsync(HttpContext context, ActionResult result)
    {
        var (page, status) = OutcomePage.Refused(result, text);
        return WriteAsync(context, page, status);
    }

    private static async Task WriteAsync(HttpContext context, PageWriter page, int status)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = "text/html; charset=utf-8";
        var headers = response.Headers;
        headers.ContentSecurityPolicy = page.ContentSecurityPolicy;
        headers.CacheControl = "no-store";
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["X-Robots-Tag"] = "noindex, nofollow";
        await response.WriteAsync(page.Build(), Encoding.UTF8, context.RequestAborted).ConfigureAwait(false);
    }
}
