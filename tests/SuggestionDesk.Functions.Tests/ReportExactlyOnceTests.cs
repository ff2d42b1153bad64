using SuggestionDesk.Graph;
using SuggestionDesk.Mail;
using SuggestionDesk.Pdf;
using SuggestionDesk.Ports;
using SuggestionDesk.Services;
using SuggestionDesk.Storage;

namespace SuggestionDesk.Functions.Tests;

/// <summary>The report's cover mail through Graph is delivered once per recipient however its answer is lost or its run dies.</summary>
public sealed class ReportExactlyOnceTests : IAsyncLifetime
{
    private const string Clerk = "mishuchu@example.gov.cn";
    private const string Committee = "renda.weiyuanhui@example.gov.cn";
    private static readonly DateOnly November = new(2026, 11, 1);
    private readonly GraphRecorder graph = GraphRecorder.Start();
    private readonly string prefix = "rx" + Guid.NewGuid().ToString("N")[..10];
    private AzuriteServer azurite = null!;
    private SuggestionStorage storage = null!;

    public async Task InitializeAsync()
    {
        azurite = await AzuriteServer.StartAsync();
        storage = SuggestionStorage.FromConnectionString(azurite.ConnectionString, prefix);
        await storage.CheckAsync();
        await storage.Items.AddAsync(SuggestionItem.Create(SuggestionDesk.Testing.Items.Spec("2026/0001") with { AssignedOn = new DateOnly(2026, 3, 2) }, TestClock.As()));
    }

    public async Task DisposeAsync()
    {
        await graph.DisposeAsync();
        await azurite.DisposeAsync();
    }

    [Theory]
    [InlineData(LostAnswer.Unavailable)]
    [InlineData(LostAnswer.Dropped)]
    [InlineData(LostAnswer.TimedOut)]
    public async Task ACoverMailGraphAcceptedWhoseAnswerWasLostIsDeliveredOnce(LostAnswer answer)
    {
        graph.LoseAnswers(1, r => r.Recipient == Clerk, answer);

        var first = await DeliverAsync(Archive());
        var second = await DeliverAsync(Archive());

        Assert.Equal(2, first.Sent);
        Assert.Empty(second.Recipients);
        Assert.Equal([Clerk, Committee], graph.Delivered.Select(d => d.Recipient).Order());
    }

    [Fact]
    public async Task ARunThatDiesBetweenSendingAndRecordingIsFollowedByOneThatSendsNothingTwice()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => DeliverAsync(new DyingArchive(Archive())));
        var died = Assert.Single(graph.Delivered);
        var second = await DeliverAsync(Archive());

        Assert.Equal(2, second.Sent);
        Assert.Contains(second.Recipients, r => r.Recipient == died.Recipient && r.Result.TransportId!.Contains("found in Sent Items", StringComparison.Ordinal));
        Assert.Equal([Clerk, Committee], graph.Delivered.Select(d => d.Recipient).Order());
    }

    private BlobReportArchive Archive() => BlobReportArchive.FromConnectionString(azurite.ConnectionString, storage.ReportRecipients, prefix + "reports");

    private async Task<ReportDeliveryResult> DeliverAsync(IReportArchive archive)
    {
        var service = new ReportDeliveryService(storage.Items, storage.Calendars, storage.DeadlinePolicies, new PdfReportRenderer(TestClock.At(November)),
            archive, new ReportMessageComposer(), storage.RunLocks);
        using var sender = GraphMailSender.Create(
            new GraphMailOptions { SenderMailbox = "duban@example.gov.cn", Endpoint = graph.Root, Timeout = TimeSpan.FromSeconds(3), SentItemsDelay = TimeSpan.FromMilliseconds(100) },
            new FunctionsApp.StaticToken());
        return await service.DeliverAsync(new ReportDeliveryOptions { Today = November, Recipients = [Clerk, Committee] }, sender);
    }

    /// <summary>The real archive, in a process that dies right after the first cover mail went out, before recording it.</summary>
    private sealed class DyingArchive(IReportArchive archive) : IReportArchive
    {
        public Task<ArchivedReport?> FindAsync(string name, CancellationToken cancellationToken = default) => archive.FindAsync(name, cancellationToken);

        public Task<bool> TryAddAsync(string name, ReadOnlyMemory<byte> pdf, int pages, Reporting.ReportCover cover, CancellationToken cancellationToken = default) =>
            archive.TryAddAsync(name, pdf, pages, cover, cancellationToken);

        public Task RecordSentAsync(string name, IReadOnlyCollection<string> recipients, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("the process died");
    }
}
