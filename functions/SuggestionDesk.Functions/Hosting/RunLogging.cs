using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.ApplicationInsights;

namespace SuggestionDesk.Functions.Hosting;

/// <summary>
/// Lets the app's own Information lines (each run's summary) reach Application Insights. The worker's Application
/// Insights set-up adds a rule that passes only Warning and above to its provider; this adds one for the app's own
/// categories (<c>SuggestionDesk.*</c>) at Information, which, being more specific, wins for them alone: the SDK's
/// and the host's chatter stays at Warning.
/// </summary>
public static class RunLogging
{
    /// <summary>The category prefix of the app's loggers.</summary>
    public const string Category = "SuggestionDesk";

    /// <summary>Adds the rule.</summary>
    public static IServiceCollection AddRunLogging(this IServiceCollection services) =>
        services.Configure<LoggerFilterOptions>(options => options.AddFilter<ApplicationInsightsLoggerProvider>(Category, LogLevel.Information));
}
