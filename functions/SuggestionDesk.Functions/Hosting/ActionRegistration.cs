using Azure.Core;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SuggestionDesk.Functions.Settings;
using SuggestionDesk.Ports;
using SuggestionDesk.Services;
using SuggestionDesk.Storage;
using SuggestionDesk.Web;

namespace SuggestionDesk.Functions.Hosting;

/// <summary>The action pages and the links reminders carry, composed from the app settings over the same storage.</summary>
internal static class ActionRegistration
{
    public static IServiceCollection AddActionPages(this IServiceCollection services, DeskSettings settings, DeskOptions options, IConfiguration configuration)
    {
        services.TryAddSingleton<IReplyDocumentStore>(provider => new BlobReplyDocumentStore(ReplyContainer(settings, provider.GetRequiredService<TokenCredential>())));
        services.TryAddSingleton(provider =>
        {
            var storage = provider.GetRequiredService<SuggestionStorage>();
            // Whoever the directory names as a department's head may act on that department's links, as in the module.
            return new ActionLinkServices(storage, provider.GetRequiredService<IReplyDocumentStore>(), provider.GetRequiredService<TimeProvider>(),
                new OfficeFallbackDirectory(storage.Directory, options.OfficeMailbox));
        });
        services.TryAddSingleton(new ActionPagesOptions { Language = options.Language, RequireSignIn = settings.ActionSignIn });
        services.TryAddSingleton<ActionPageHandler>();
        if (settings.LinkBaseUrl(configuration[DeskSettings.HostNameVariable]) is { } baseUrl)
        {
            services.TryAddSingleton<IReminderLinks>(provider =>
            {
                var storage = provider.GetRequiredService<SuggestionStorage>();
                return new ActionLinkIssuer(storage.Items, storage.ActionLinks, storage.ActionLinkPolicies, baseUrl, provider.GetRequiredService<TimeProvider>());
            });
        }

        return services;
    }

    private static BlobContainerClient ReplyContainer(DeskSettings settings, TokenCredential credential) =>
        (string.IsNullOrWhiteSpace(settings.StorageConnectionString)
            ? new BlobServiceClient(settings.BlobEndpoint!, credential)
            : new BlobServiceClient(settings.StorageConnectionString)).GetBlobContainerClient(settings.ReplyContainer);
}
