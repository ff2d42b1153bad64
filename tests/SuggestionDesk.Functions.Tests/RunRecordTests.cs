using Microsoft.ApplicationInsights.WorkerService;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SuggestionDesk.Functions.Hosting;
using SuggestionDesk.Functions.Timers;
using SuggestionDesk.Runs;
using SuggestionDesk.Storage;

namespace SuggestionDesk.Functions.Tests;

/// <summary>Each timer run leaves a run record in the store and one summary line at Information that reaches Application Insights.</summary>
public sealed class RunRecordTests : IAsyncLifetime
{
    private readonly GraphRecorder graph = GraphRecorder.Start();
    private readonly string prefix = "fr" + Guid.NewGuid().ToString("N")[..10];
    private AzuriteServer azurite = null!;

    public async Task InitializeAsync()
    {
        azurite = await AzuriteServer.StartAsync();
        await SignedItemStore.CreateAsync(azurite.ConnectionString, prefix, withHead: false);
    }

    public async Task DisposeAsync()
    {
        await graph.DisposeAsync();
        await azurite.DisposeAsync();
    }

    [Fact]
    public async Task ARemindersRunIsRecordedAndLoggedOnceAtInformation()
    {
        var logs = new RecordedLogs();
        await using var app = FunctionsApp.Start(FunctionsApp.Settings(azurite.ConnectionString, graph, prefix), new DateOnly(2026, 10, 9), logs);
        graph.RespondTimes(1, r => r.Recipient == "lisi@example.gov.cn", new RecordedResponse(400, """{"error":{"code":"ErrorInvalidRecipients","message":"bad"}}"""));

        await app.Create<ReminderFunctions>().RemindersAsync(new TimerInfo(), CancellationToken.None);

        var record = Assert.Single(await app.Storage.RunRecords.ListAsync(null, 10));
        Assert.Equal((RunKind.Reminders, "Reminders", RunOutcome.Failed, "2026-10-09"), (record.Kind, record.Host, record.Outcome, record.For));
        Assert.Equal((1, 0, 1), (record.Planned, record.Sent, record.Failed));
        Assert.Contains("400", record.FirstError, StringComparison.Ordinal);
        var summary = Assert.Single(logs.Entries, e => e.Message.StartsWith(RunSummary.Prefix, StringComparison.Ordinal));
        Assert.Equal(LogLevel.Information, summary.Level);
        Assert.Equal(RunSummary.Prefix + record.Summary, summary.Message);
        Assert.Contains("Reminders run for 2026-10-09 by Reminders: Failed; 1 planned, 0 sent, 1 failed", summary.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARunOnADayOffIsRecordedAsNothingDueWithTheLineTheAlertReads()
    {
        var logs = new RecordedLogs();
        await using var app = FunctionsApp.Start(FunctionsApp.Settings(azurite.ConnectionString, graph, prefix), new DateOnly(2026, 10, 3), logs);

        await app.Create<ReminderFunctions>().RemindersAsync(new TimerInfo(), CancellationToken.None);

        var record = Assert.Single(await app.Storage.RunRecords.ListAsync(RunKind.Reminders, 10));
        Assert.Equal(RunOutcome.NothingDue, record.Outcome);
        Assert.Contains(logs.Entries, e => e.Level == LogLevel.Information && e.Message.Contains(RunRecord.NothingDuePhrase, StringComparison.Ordinal));
    }

    [Fact]
    public void TheAppsOwnInformationReachesApplicationInsightsAndTheSdksChatterDoesNot()
    {
        var settings = FunctionsApp.Settings(azurite.ConnectionString, graph, prefix);
        var builder = new HostBuilder()
            .ConfigureAppConfiguration(c => c.AddInMemoryCollection(settings))
            .ConfigureServices((context, services) => services
                .AddApplicationInsightsTelemetryWorkerService(new ApplicationInsightsServiceOptions { ConnectionString = "InstrumentationKey=00000000-0000-0000-0000-000000000000" })
                .ConfigureFunctionsApplicationInsights()
                .AddSuggestionDesk(context.Configuration));
        using var host = builder.Build();
        var factory = host.Services.GetRequiredService<ILoggerFactory>();

        Assert.True(factory.CreateLogger<ReminderFunctions>().IsEnabled(LogLevel.Information));
        Assert.False(factory.CreateLogger("Azure.Core").IsEnabled(LogLevel.Information));
        Assert.True(factory.CreateLogger("Azure.Core").IsEnabled(LogLevel.Warning));
    }

    [Fact]
    public async Task AReportRunThatStopsWithAnErrorIsRecordedAsFailedNamingItAndTheErrorStillReachesTheHost()
    {
        var storage = SuggestionStorage.FromConnectionString(azurite.ConnectionString, prefix);
        var clock = TestClock.At(new DateOnly(2026, 11, 2));
        var service = new Services.ReportDeliveryService(storage.Items, storage.Calendars, storage.DeadlinePolicies, new Pdf.PdfReportRenderer(clock),
            new UnreachableArchive(), new Mail.ReportMessageComposer(), storage.RunLocks, storage.RunRecords, clock);
        var options = new Services.ReportDeliveryOptions { Today = new DateOnly(2026, 11, 2), Recipients = ["renda@example.gov.cn"], RunBy = "zhangsan" };

        var error = await Assert.ThrowsAsync<Ports.StoreUnavailableException>(() => service.DeliverAsync(options, new Mail.OutboxMailSender(Path.GetTempPath(), "duban@example.gov.cn")));

        var record = Assert.Single(await storage.RunRecords.ListAsync(RunKind.Report, 5));
        Assert.Equal((RunOutcome.Failed, "zhangsan", "2026-10"), (record.Outcome, record.Host, record.For));
        Assert.Equal(error.Message, record.FirstError);
    }

    [Fact]
    public async Task RecordsListNewestFirstByKindAndUpToTheLast()
    {
        var storage = SuggestionStorage.FromConnectionString(azurite.ConnectionString, prefix);
        var start = new DateTimeOffset(2026, 10, 1, 1, 0, 0, TimeSpan.Zero);
        foreach (var day in Enumerable.Range(0, 5))
        {
            foreach (var kind in new[] { RunKind.Reminders, RunKind.Digest })
            {
                await storage.RunRecords.AddAsync(new RunRecord
                {
                    Kind = kind, Host = "Reminders", Started = start.AddDays(day).AddMinutes((int)kind * 30), Finished = start.AddDays(day).AddMinutes(1 + ((int)kind * 30)),
                    Outcome = RunOutcome.Succeeded, For = $"2026-10-0{day + 1}", Planned = day, Sent = day,
                });
            }
        }

        var reminders = await storage.RunRecords.ListAsync(RunKind.Reminders, 3);
        var all = await storage.RunRecords.ListAsync(null, 4);

        Assert.Equal(["2026-10-05", "2026-10-04", "2026-10-03"], reminders.Select(r => r.For));
        Assert.All(reminders, r => Assert.Equal(RunKind.Reminders, r.Kind));
        Assert.Equal([(RunKind.Digest, "2026-10-05"), (RunKind.Reminders, "2026-10-05"), (RunKind.Digest, "2026-10-04"), (RunKind.Reminders, "2026-10-04")], all.Select(r => (r.Kind, r.For)));
        Assert.Equal(TimeSpan.FromMinutes(1), all[0].Duration);
    }

    private sealed class UnreachableArchive : Ports.IReportArchive
    {
        public Task<Ports.ArchivedReport?> FindAsync(string name, CancellationToken cancellationToken = default) =>
            throw new Ports.StoreUnavailableException("Could not reach the report archive at http://127.0.0.1:1/reports: connection refused.");

        public Task<bool> TryAddAsync(string name, ReadOnlyMemory<byte> pdf, int pages, Reporting.ReportCover cover, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public Task RecordSentAsync(string name, IReadOnlyCollection<string> recipients, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    }
}
