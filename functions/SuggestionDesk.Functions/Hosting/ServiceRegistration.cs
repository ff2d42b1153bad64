using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SuggestionDesk.Functions.Settings;
using SuggestionDesk.Graph;
using SuggestionDesk.Mail;
using SuggestionDesk.Ports;
using SuggestionDesk.Pdf;
using SuggestionDesk.Services;
using SuggestionDesk.Storage;

namespace SuggestionDesk.Functions.Hosting;

/// <summary>The app's services: the same core, storage and mail the module uses, composed from the app settings.</summary>
public static class ServiceRegistration
{
    /// <summary>
    /// Registers SuggestionDesk's services from <paramref name="configuration"/>. Bad or missing settings stop the
    /// start-up here, with one line per setting naming it and what to give.
    /// </summary>
    public static IServiceCollection AddSuggestionDesk(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(DeskSettings.Section).Get<DeskSettings>() ?? new DeskSettings();
        // The problems read in the app's own language, as everything else it says does.
        var (options, cannotStart) = SettingsCheck.InLanguageOf(settings, () =>
            DeskOptions.Read(settings, configuration, out var problems) is { } read
                ? (read, null)
                : ((DeskOptions?)null, Localization.Messages.SettingsCannotStart + Environment.NewLine +
                    string.Join(Environment.NewLine, problems.Select(p => "  - " + p))));
        if (options is null)
        {
            throw new InvalidOperationException(cannotStart);
        }

        services.AddSingleton(settings);
        services.AddSingleton(options);
        services.AddRunLogging();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<TokenCredential>(_ => Identity(settings));
        services.TryAddSingleton(provider => Storage(settings, provider.GetRequiredService<TokenCredential>()));
        services.TryAddSingleton<IMailSender>(provider => Sender(settings, options, provider.GetRequiredService<TokenCredential>()));
        // The office's fonts are read when the first report is rendered: the folder was checked at start-up.
        services.TryAddSingleton<IReportRenderer>(provider => new PdfReportRenderer(provider.GetRequiredService<TimeProvider>(),
            options.ReportFontFolder is { } fonts ? ReportFonts.FromFolder(fonts) : ReportFonts.Bundled));
        services.TryAddSingleton<IReportArchive>(provider =>
            Archive(settings, provider.GetRequiredService<TokenCredential>(), provider.GetRequiredService<SuggestionStorage>().ReportRecipients));
        services.TryAddSingleton<IReportMessageComposer>(_ => new ReportMessageComposer(options.Language));
        services.TryAddSingleton(provider => Reminders(provider, options));
        services.TryAddSingleton(provider => Reports(provider));
        services.AddActionPages(settings, options, configuration);
        return services;
    }

    // The same run as Send-SuggestionReminder's; the office mailbox from the settings stands in for a directory without one.
    private static ReminderRunService Reminders(IServiceProvider provider, DeskOptions options)
    {
        var storage = provider.GetRequiredService<SuggestionStorage>();
        return new ReminderRunService(storage.Items, storage.ReminderLog, new OfficeFallbackDirectory(storage.Directory, options.OfficeMailbox),
            storage.ReminderPolicies, storage.Calendars, storage.DeadlinePolicies, storage.RunLocks, provider.GetRequiredService<TimeProvider>(), storage.RunRecords);
    }

    private static ReportDeliveryService Reports(IServiceProvider provider)
    {
        var storage = provider.GetRequiredService<SuggestionStorage>();
        return new ReportDeliveryService(storage.Items, storage.Calendars, storage.DeadlinePolicies, provider.GetRequiredService<IReportRenderer>(),
            provider.GetRequiredService<IReportArchive>(), provider.GetRequiredService<IReportMessageComposer>(), storage.RunLocks,
            storage.RunRecords, provider.GetRequiredService<TimeProvider>());
    }

    // The app's own identity: the system-assigned managed identity unless a user-assigned one is named.
    private static ManagedIdentityCredential Identity(DeskSettings settings) => new(new ManagedIdentityCredentialOptions(
        string.IsNullOrWhiteSpace(settings.ManagedIdentityClientId)
            ? ManagedIdentityId.SystemAssigned
            : ManagedIdentityId.FromUserAssignedClientId(settings.ManagedIdentityClientId)));

    private static SuggestionStorage Storage(DeskSettings settings, TokenCredential credential) =>
        string.IsNullOrWhiteSpace(settings.StorageConnectionString)
            ? SuggestionStorage.FromEndpoint(settings.TableEndpoint!, credential, settings.TablePrefix)
            : SuggestionStorage.FromConnectionString(settings.StorageConnectionString, settings.TablePrefix);

    // The same archive, opened the same way, as the module's Send-SuggestionReport: either one's sends are the other's record.
    private static BlobReportArchive Archive(DeskSettings settings, TokenCredential credential, TableReportRecipients recipients) =>
        string.IsNullOrWhiteSpace(settings.StorageConnectionString)
            ? BlobReportArchive.FromEndpoint(settings.BlobEndpoint!, credential, recipients, settings.ReportContainer)
            : BlobReportArchive.FromConnectionString(settings.StorageConnectionString, recipients, settings.ReportContainer);

    private static IMailSender Sender(DeskSettings settings, DeskOptions options, TokenCredential credential) =>
        options.UseOutbox
            ? new OutboxMailSender(settings.OutboxPath!, options.SenderMailbox)
            : GraphMailSender.Create(
                new GraphMailOptions { SenderMailbox = options.SenderMailbox, Cloud = options.Cloud, Endpoint = settings.GraphEndpoint },
                credential);
}
