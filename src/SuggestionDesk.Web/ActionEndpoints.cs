using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SuggestionDesk.Services;

namespace SuggestionDesk.Web;

/// <summary>The action pages as ordinary endpoints: <c>GET</c> and <c>POST</c> on <c>/act/{token}</c>.</summary>
public static class ActionEndpoints
{
    /// <summary>The route of a link's page, the same under every host: the issuer's <see cref="ActionLinkIssuer.PathSegment"/>.</summary>
    public const string Route = "/" + ActionLinkIssuer.PathSegment + "/{token}";

    /// <summary>Registers the page handler over <paramref name="services"/>' storage.</summary>
    public static IServiceCollection AddActionPages(this IServiceCollection collection, ActionLinkServices services, ActionPagesOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(collection);
        collection.AddSingleton(services);
        collection.AddSingleton(options ?? new ActionPagesOptions());
        collection.AddSingleton<ActionPageHandler>();
        return collection;
    }

    /// <summary>Maps the pages to <see cref="Route"/>.</summary>
    public static IEndpointRouteBuilder MapActionPages(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet(Route, (HttpContext context, string token, ActionPageHandler handler) => handler.GetAsync(context, token));
        endpoints.MapPost(Route, (HttpContext context, string token, ActionPageHandler handler) => handler.PostAsync(context, token)).DisableAntiforgery();
        return endpoints;
    }
}
