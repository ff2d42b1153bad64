using Azure.Storage.Blobs;
using SuggestionDesk.Functions.Hosting;
using SuggestionDesk.Mail;
using SuggestionDesk.Pdf;
using SuggestionDesk.Services;
using SuggestionDesk.Storage;

namespace SuggestionDesk.Functions.Tests;

/// <summary>
/// The core's report delivery on the real adapters: Azurite's tables and blobs (the app's <see cref="BlobReportArchive"/>),
/// the PDF renderer and the outbox transport.
/// </summary>
public sealed class ReportDeliveryTests : IAsyncLifetime
{
    private const string Clerk = "mishuchu@example.gov.cn";
    private const string Committee = "renda.weiyuanhui@example.gov.cn";
    private static readonly DateOnly November = new(2026, 11, 1);
    private readonly string prefix = "rd" + Guid.NewGuid().ToString("N")[..10];
    private readonly string outbox = Path.Combine(Path.GetTempPath(), "sd-report-" + Guid.NewGuid().ToString("N")[..8]);
    private AzuriteServer azurite = null!;
    private SuggestionStorage storage = null!;

    public async Task InitializeAsync()
    {
        azurite = await AzuriteServer.StartAsync();
        storage = SuggestionStorage.FromConnectionString(azurite.ConnectionString, prefix);
        await storage.CheckAsync();
        var item = SuggestionItem.Create(SuggestionDesk.Testing.Items.Spec("2026/0001") with { AssignedOn = new DateOnly(2026, 3, 2) }, TestClock.As());
        await storage.Items.AddAsync(item);
    }

    public async Task DisposeAsync()
    {
        await azurite.DisposeAsync();
        if (Directory.Exists(outbox))
        {
            Directory.Delete(outbox, recursive: true);
        }
    }

    [Fact]
    public async Task TheFirstRunArchivesAndMailsEachRecipientOnceAndASecondRunSendsNothing()
    {
        var first = await DeliverAsync([Clerk, Committee]);
        var archived = (await Archive().GetBlobClient("2026-10.pdf").GetPropertiesAsync()).Value.ETag;
        var second = await DeliverAsync([Clerk, Committee]);

        Assert.Equal(("2026-10", true, 2, 0), (first.Period.Name, first.Rendered, first.Sent, first.Failed));
        Assert.Equal((false, 0), (second.Rendered, second.Recipients.Count));
        Assert.Equal(archived, (await Archive().GetBlobClient("2026-10.pdf").GetPropertiesAsync()).Value.ETag);
        Assert.Equal(2, Directory.GetFiles(outbox).Length);
    }

    [Fact]
    public async Task ARecipientWhoseMailFailedIsRetriedAloneWithTheArchivedReport()
    {
        var first = await DeliverAsync([Clerk, "秘书处"]);
        var second = await DeliverAsync([Clerk, Committee]);

        Assert.Equal(["秘书处"], first.Recipients.Where(r => !r.Result.IsSent).Select(r => r.Recipient));
        Assert.False(second.Rendered);
        Assert.Equal([Committee], second.Recipients.Select(r => r.Recipient));
        Assert.True(second.Recipients.Single().Result.IsSent);
        Assert.Equal(2, Directory.GetFiles(outbox).Length);
    }

    [Fact]
    public async Task AnArchivedReportIsNeverReplaced()
    {
        var archive = new BlobReportArchive(Archive());

        var added = await archive.TryAddAsync("2026-10", "%PDF-first"u8.ToArray(), 1);
        var replaced = await archive.TryAddAsync("2026-10", "%PDF-second"u8.ToArray(), 2);
        var kept = await archive.FindAsync("2026-10");

        Assert.True(added);
        Assert.False(replaced);
        Assert.Equal("%PDF-first"u8.ToArray(), kept!.Pdf.ToArray());
        Assert.Equal((1, 0), (kept.Pages, kept.SentTo.Count));
    }

    private async Task<ReportDeliveryResult> DeliverAsync(IReadOnlyList<string> recipients)
    {
        var service = new ReportDeliveryService(storage.Items, storage.Calendars, storage.DeadlinePolicies, new PdfReportRenderer(TestClock.At(November)),
            new BlobReportArchive(Archive()), new ReportMessageComposer(), storage.RunLocks);
        return await service.DeliverAsync(
            new ReportDeliveryOptions { Today = November, Recipients = recipients }, new OutboxMailSender(outbox, "duban@example.gov.cn", TestClock.At(November)));
    }

    private BlobContainerClient Archive() => new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient(prefix + "reports");
}
