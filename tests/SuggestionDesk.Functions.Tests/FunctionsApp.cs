using Azure.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using SuggestionDesk.Functions.Hosting;
using SuggestionDesk.Storage;

namespace SuggestionDesk.Functions.Tests;

/// <summary>
/// The Functions app as the worker builds it (its own <see cref="ServiceRegistration"/>), on Azurite and the local
/// Graph recorder, at a chosen moment. Only the clock and the managed identity's token are stood in for.
/// </summary>
internal sealed class FunctionsApp : IAsyncDisposable
{
    private readonly IHost host;

    private FunctionsApp(IHost host, FakeTimeProvider clock, string prefix)
    {
        this.host = host;
        Clock = clock;
        Prefix = prefix;
    }

    public FakeTimeProvider Clock { get; }

    public string Prefix { get; }

    public IServiceProvider Services => host.Services;

    public SuggestionStorage Storage => Services.GetRequiredService<SuggestionStorage>();

    public static Dictionary<string, string?> Settings(string connectionString, GraphRecorder graph, string prefix) => new()
    {
        ["SuggestionDesk:StorageConnectionString"] = connectionString,
        ["SuggestionDesk:TablePrefix"] = prefix,
        ["SuggestionDesk:ReportContainer"] = prefix + "reports",
        ["SuggestionDesk:SenderMailbox"] = "duban@example.gov.cn",
        ["SuggestionDesk:OfficeMailbox"] = "office@example.gov.cn",
        ["SuggestionDesk:CommitteeRecipients"] = "renda.weiyuanhui@example.gov.cn; mishuchu@example.gov.cn",
        ["SuggestionDesk:GraphEndpoint"] = graph.Root.ToString(),
        ["ReminderSchedule"] = "0 0 1 * * *",
        ["DigestSchedule"] = "0 30 1 * * *",
        ["ReportSchedule"] = "0 0 2 1 * *",
    };

    /// <summary>Builds the app with <paramref name="settings"/>, its clock at 09:00 China time on <paramref name="today"/>.</summary>
    /// <param name="settings">The app settings.</param>
    /// <param name="today">The day the clock stands at.</param>
    /// <param name="logs">Where the app's log goes besides the usual providers, for a test to read.</param>
    public static FunctionsApp Start(IDictionary<string, string?> settings, DateOnly today, RecordedLogs? logs = null)
    {
        var clock = TestClock.At(today);
        var host = new HostBuilder()
            .ConfigureAppConfiguration(c => c.AddInMemoryCollection(settings))
            .ConfigureServices((context, services) =>
            {
                if (logs is not null)
                {
                    services.AddSingleton<ILoggerProvider>(logs);
                }

                services.AddSingleton<TimeProvider>(clock);
                services.AddSingleton<TokenCredential>(new StaticToken());
                services.AddSuggestionDesk(context.Configuration);
            })
            .Build();
        return new FunctionsApp(host, clock, settings["SuggestionDesk:TablePrefix"]!);
    }

    public T Create<T>() => ActivatorUtilities.CreateInstance<T>(host.Services);

    public ValueTask DisposeAsync()
    {
        host.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>Stands in for the managed identity, which does not exist outside Azure.</summary>
    public sealed class StaticToken : TokenCredential
    {
        public const string Token = "managed-identity-token";

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) => new(Token, DateTimeOffset.UtcNow.AddHours(1));

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) => new(GetToken(requestContext, cancellationToken));
    }
}
