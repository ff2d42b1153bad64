using Azure.Storage.Blobs;
using SuggestionDesk.Mail;
using SuggestionDesk.Pdf;
using SuggestionDesk.Reporting;
using SuggestionDesk.Services;
using SuggestionDesk.Storage;

namespace SuggestionDesk.Functions.Tests;

/// <summary>
/// The core's report delivery on the real adapters: Azurite's tables and blobs (the <see cref="BlobReportArchive"/> the app and the module share),
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
    public async Task WhenEveryRecipientIsDeclinedNothingIsRenderedArchivedOrSent()
    {
        var asked = new List<string>();

        var result = await DeliverAsync([Clerk, Committee], confirm: r => { asked.Add(r); return false; });

        Assert.Equal([Clerk, Committee], asked);
        Assert.Equal((false, 0), (result.Rendered, result.Recipients.Count));
        Assert.Equal([Clerk, Committee], result.Declined);
        Assert.False(await Archive().GetBlobClient("2026-10.pdf").ExistsAsync());
        Assert.False(Directory.Exists(outbox));
    }

    [Fact]
    public async Task ADeclinedRecipientIsLeftForALaterRunAndTheOthersAreSent()
    {
        var first = await DeliverAsync([Clerk, Committee], confirm: r => r == Clerk);
        var second = await DeliverAsync([Clerk, Committee]);

        Assert.Equal([Clerk], first.Recipients.Select(r => r.Recipient));
        Assert.Equal([Committee], first.Declined);
        Assert.Equal([Committee], second.Recipients.Select(r => r.Recipient));
        Assert.Equal([Clerk], second.AlreadySent);
        Assert.Equal(2, Directory.GetFiles(outbox).Length);
    }

    [Fact]
    public async Task AnAddressGivenTwiceInAnyCaseIsMailedOnceAndNamedAsHavingItAfterwards()
    {
        var first = await DeliverAsync([Clerk, Clerk.ToUpperInvariant(), " " + Clerk]);
        var second = await DeliverAsync([Clerk.ToUpperInvariant()]);

        Assert.Equal([Clerk], first.Recipients.Select(r => r.Recipient));
        Assert.Equal([Clerk.ToUpperInvariant()], second.AlreadySent);
        Assert.Single(Directory.GetFiles(outbox));
    }

    [Fact]
    public async Task TheCoverMailGivesTheReportsOwnTitleDateKeyFiguresAndTable1()
    {
        await DeliverAsync([Committee]);

        var mail = MimeKit.MimeMessage.Load(Assert.Single(Directory.GetFiles(outbox, "*.eml")));
        var model = await ModelAsync();
        var cover = ReportCover.Of(model);
        var text = mail.TextBody;
        Assert.Contains($"《{model.Title}》", text, StringComparison.Ordinal);
        Assert.Contains(model.DateLine, text, StringComparison.Ordinal);
        Assert.Contains("表1 建议办理基本情况", text, StringComparison.Ordinal);
        Assert.All(cover.KeyFigures, f => Assert.Contains($"{f.Label} {f.Value}", text, StringComparison.Ordinal));
        Assert.All(cover.Figures.Rows, row => Assert.All(row.Where(c => c.Trim('　', ' ').Length > 0), cell => Assert.Contains(cell.Trim('　', ' '), text, StringComparison.Ordinal)));
        Assert.Equal("1", cover.Figures.Rows.Single(r => r[0] == "接收办理")[1]);
    }

    [Fact]
    public async Task ARecipientMailedLaterIsToldTheArchivedReportsFiguresNotOnesBuiltAgain()
    {
        await DeliverAsync([Clerk]);
        // Entered after the report was archived, assigned within its period: figures built again would count it.
        await storage.Items.AddAsync(SuggestionItem.Create(SuggestionDesk.Testing.Items.Spec("2026/0002") with { AssignedOn = new DateOnly(2026, 5, 6) }, TestClock.As()));
        Assert.Equal("2", ReportCover.Of(await ModelAsync()).Figures.Rows.Single(r => r[0] == "接收办理")[1]);

        await DeliverAsync([Clerk, Committee]);

        var mails = Directory.GetFiles(outbox, "*.eml").Select(path => MimeKit.MimeMessage.Load(path)).ToArray();
        var first = mails.Single(m => m.To.Mailboxes.Single().Address == Clerk);
        var later = mails.Single(m => m.To.Mailboxes.Single().Address == Committee);
        Assert.Equal(first.Subject, later.Subject);
        Assert.Equal(first.TextBody, later.TextBody);
        Assert.Equal(first.HtmlBody, later.HtmlBody);
        Assert.Contains("接收办理 1件", later.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReportArchivedWithoutACoverIsMailedWithFiguresBuiltAgainForItsPeriod()
    {
        // An archive from before covers were kept: the figures are built again as of the period's end.
        await Archive().CreateIfNotExistsAsync();
        await Archive().GetBlobClient("2026-10.pdf").UploadAsync(BinaryData.FromBytes("%PDF-"u8.ToArray()), new Azure.Storage.Blobs.Models.BlobUploadOptions
        {
            Metadata = new Dictionary<string, string> { ["period"] = "2026-10", ["pages"] = "4" },
        });

        var result = await DeliverAsync([Committee]);

        Assert.Equal((false, 1), (result.Rendered, result.Sent));
        var mail = MimeKit.MimeMessage.Load(Assert.Single(Directory.GetFiles(outbox, "*.eml")));
        Assert.Contains("接收办理 1件", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("4 页", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEarlierPeriodIsDeliveredLateUnderItsOwnName()
    {
        var result = await DeliverAsync([Committee], period: ReportPeriod.Parse("2026-09"));

        Assert.Equal(("2026-09", true, 1), (result.Period.Name, result.Rendered, result.Sent));
        Assert.True(await Archive().GetBlobClient("2026-09.pdf").ExistsAsync());
        Assert.False(await Archive().GetBlobClient("2026-10.pdf").ExistsAsync());
    }

    [Fact]
    public async Task APeriodThatHasNotEndedIsRefusedBeforeAnythingIsDone()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => DeliverAsync([Committee], period: ReportPeriod.Parse("2026-11")));

        Assert.Contains("2026-11-30", error.Message, StringComparison.Ordinal);
        Assert.Contains("2026-11-01", error.Message, StringComparison.Ordinal);
        Assert.Contains("give 2026-10 or an earlier period", error.Message, StringComparison.Ordinal);
        Assert.False(await Archive().ExistsAsync());
    }

    private async Task<ReportDeliveryResult> DeliverAsync(IReadOnlyList<string> recipients, ReportPeriod? period = null, Func<string, bool>? confirm = null)
    {
        var service = new ReportDeliveryService(storage.Items, storage.Calendars, storage.DeadlinePolicies, new PdfReportRenderer(TestClock.At(November)),
            new BlobReportArchive(Archive(), storage.ReportRecipients), new ReportMessageComposer(), storage.RunLocks);
        var options = new ReportDeliveryOptions
        {
            Today = November,
            Period = period,
            Recipients = recipients,
            Confirm = confirm is null ? null : (recipient, _, _) => Task.FromResult(confirm(recipient)),
        };
        return await service.DeliverAsync(options, new OutboxMailSender(outbox, "duban@example.gov.cn", TestClock.At(November)));
    }

    private async Task<ReportModel> ModelAsync()
    {
        var deadlines = await new CalendarService(storage.Calendars, storage.Items, storage.DeadlinePolicies).LoadDeadlinesAsync();
        var period = ReportPeriod.EndingBefore(November);
        return await new ReportService(storage.Items, deadlines, new PdfReportRenderer(TestClock.At(November)))
            .BuildAsync(new ReportOptions { AsOf = period.To, From = period.From, To = period.To });
    }

    private BlobContainerClient Archive() => new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient(prefix + "reports");

    [Fact]
    public async Task WhenEveryRecipientHasTheReportTheRunReadsOnlyTheArchivesPropertiesNoItemAndNoPdf()
    {
        await DeliverAsync([Clerk, Committee]);
        var archive = new CountingArchive(new BlobReportArchive(Archive(), storage.ReportRecipients));
        var service = new ReportDeliveryService(NoReads.Store(), storage.Calendars, storage.DeadlinePolicies, new PdfReportRenderer(TestClock.At(November)),
            archive, new ReportMessageComposer(), storage.RunLocks);

        var again = await service.DeliverAsync(new ReportDeliveryOptions { Today = November, Recipients = [Clerk, Committee] }, new OutboxMailSender(outbox, "duban@example.gov.cn"));

        Assert.Equal([Clerk, Committee], again.AlreadySent);
        Assert.Empty(again.Recipients);
        Assert.Equal((1, 0), (archive.InfoReads, archive.Downloads));
    }

    /// <summary>Counts what the delivery asks of the archive.</summary>
    private sealed class CountingArchive(Ports.IReportArchive inner) : Ports.IReportArchive
    {
        public int InfoReads { get; private set; }

        public int Downloads { get; private set; }

        public Task<Ports.ArchivedReport?> FindAsync(string name, CancellationToken cancellationToken = default)
        {
            Downloads++;
            return inner.FindAsync(name, cancellationToken);
        }

        public Task<Ports.ArchivedReportInfo?> FindInfoAsync(string name, CancellationToken cancellationToken = default)
        {
            InfoReads++;
            return inner.FindInfoAsync(name, cancellationToken);
        }

        public Task<bool> TryAddAsync(string name, ReadOnlyMemory<byte> pdf, int pages, ReportCover cover, CancellationToken cancellationToken = default) =>
            inner.TryAddAsync(name, pdf, pages, cover, cancellationToken);

        public Task RecordSentAsync(string name, IReadOnlyCollection<string> recipients, CancellationToken cancellationToken = default) => inner.RecordSentAsync(name, recipients, cancellationToken);
    }

    /// <summary>An item store that fails on any call: a run that touches it is doing more than it must.</summary>
    private class NoReads : System.Reflection.DispatchProxy
    {
        public static Ports.ISuggestionStore Store() => Create<Ports.ISuggestionStore, NoReads>();

        protected override object? Invoke(System.Reflection.MethodInfo? targetMethod, object?[]? args) =>
            throw new InvalidOperationException($"The item store was asked {targetMethod?.Name}.");
    }
}
