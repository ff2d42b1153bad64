using Azure.Storage.Blobs;
using Microsoft.Azure.Functions.Worker;
using SuggestionDesk.Functions.Timers;
using SuggestionDesk.Storage;

namespace SuggestionDesk.Functions.Tests;

public sealed class ReportFunctionTests : IAsyncLifetime
{
    private static readonly string[] Committee = ["mishuchu@example.gov.cn", "renda.weiyuanhui@example.gov.cn"];
    private readonly GraphRecorder graph = GraphRecorder.Start();
    private readonly string prefix = "rp" + Guid.NewGuid().ToString("N")[..10];
    private AzuriteServer azurite = null!;

    public async Task InitializeAsync()
    {
        azurite = await AzuriteServer.StartAsync();
        var storage = SuggestionStorage.FromConnectionString(azurite.ConnectionString, prefix);
        await storage.CheckAsync();
        foreach (var (number, role) in new[] { ("2026/0001", HandlingRole.Lead), ("2026/0002", HandlingRole.Joint), ("2026/0003", HandlingRole.Sole) })
        {
            var item = SuggestionItem.Create(SuggestionDesk.Testing.Items.Spec(number, role: role) with { AssignedOn = new DateOnly(2026, 3, 2) }, TestClock.As());
            item.SignFor(new DateOnly(2026, 3, 3), TestClock.As());
            await storage.Items.AddAsync(item);
        }
    }

    public async Task DisposeAsync()
    {
        await graph.DisposeAsync();
        await azurite.DisposeAsync();
    }

    [Fact]
    public async Task TheReportIsArchivedOnceAndMailedToEachCommitteeRecipientOnce()
    {
        await using (var first = Start(new DateOnly(2026, 11, 1)))
        {
            await first.Create<ReportFunction>().ReportAsync(new TimerInfo(), CancellationToken.None);
        }

        var blob = Archive().GetBlobClient("2026-10.pdf");
        var archived = (await blob.DownloadContentAsync()).Value;
        var pdf = archived.Content.ToArray();
        var etag = archived.Details.ETag;
        await using (var second = Start(new DateOnly(2026, 11, 2)))
        {
            await second.Create<ReportFunction>().ReportAsync(new TimerInfo { IsPastDue = true }, CancellationToken.None);
        }

        Assert.Equal("%PDF-"u8.ToArray(), pdf[..5]);
        Assert.Equal(etag, (await blob.GetPropertiesAsync()).Value.ETag);
        Assert.Equal(Committee, Sends.Select(r => r.Recipient).Order());
        Assert.All(Sends, request =>
        {
            var message = request.Json.GetProperty("Message");
            Assert.Equal("【报告】2026年1—10月建议提案办理情况", message.GetProperty("subject").GetString());
            var attachment = Assert.Single(message.GetProperty("attachments").EnumerateArray());
            Assert.Equal("2026年1—10月建议提案办理情况报告.pdf", attachment.GetProperty("name").GetString());
            Assert.Equal(pdf, attachment.GetProperty("contentBytes").GetBytesFromBase64());
            Assert.Contains("表1 建议办理基本情况", message.GetProperty("body").GetProperty("content").GetString(), StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task ARecipientWhoseMailFailedIsSentItOnTheNextRunAndNobodyElseIs()
    {
        graph.RespondTimes(1, r => r.Recipient == "mishuchu@example.gov.cn", RecordedResponse.Error(503, "ServiceUnavailable", "Try later.", new Dictionary<string, string> { ["Retry-After"] = "0" }));
        graph.RespondTimes(3, r => r.Recipient == "mishuchu@example.gov.cn", RecordedResponse.Error(503, "ServiceUnavailable", "Try later.", new Dictionary<string, string> { ["Retry-After"] = "0" }));

        await using (var first = Start(new DateOnly(2026, 11, 1)))
        {
            await first.Create<ReportFunction>().ReportAsync(new TimerInfo(), CancellationToken.None);
        }

        var afterFirst = Sends.Count(r => r.Recipient == "renda.weiyuanhui@example.gov.cn");
        await using (var second = Start(new DateOnly(2026, 11, 2)))
        {
            await second.Create<ReportFunction>().ReportAsync(new TimerInfo(), CancellationToken.None);
        }

        Assert.Equal(1, afterFirst);
        Assert.Equal(1, Sends.Count(r => r.Recipient == "renda.weiyuanhui@example.gov.cn"));
        Assert.Equal(5, Sends.Count(r => r.Recipient == "mishuchu@example.gov.cn"));
    }

    [Fact]
    public async Task WhenGraphRefusesTheAppsTokenTheOtherRecipientIsNotTriedAndBothAreSentOnTheNextRun()
    {
        var refusing = true;
        graph.Respond(_ => refusing ? RecordedResponse.Error(401, "InvalidAuthenticationToken", "Access token validation failure.") : null);

        await using (var first = Start(new DateOnly(2026, 11, 1)))
        {
            await first.Create<ReportFunction>().ReportAsync(new TimerInfo(), CancellationToken.None);
        }

        var tried = graph.Requests.Count;
        var sentBefore = Sends.Count;
        refusing = false;
        await using (var second = Start(new DateOnly(2026, 11, 2)))
        {
            await second.Create<ReportFunction>().ReportAsync(new TimerInfo(), CancellationToken.None);
        }

        // The first request, the look-up of the first cover mail in Sent Items, is refused: nothing more is tried.
        Assert.Equal(1, tried);
        Assert.Equal(0, sentBefore);
        Assert.Equal(Committee, Sends.Select(r => r.Recipient).Order());
    }

    [Fact]
    public async Task InJanuaryTheYearEndReportIsMade()
    {
        await using var app = Start(new DateOnly(2027, 1, 1));

        await app.Create<ReportFunction>().ReportAsync(new TimerInfo(), CancellationToken.None);

        Assert.True(await Archive().GetBlobClient("2026.pdf").ExistsAsync());
        Assert.Equal(Committee, Sends.Select(r => r.Recipient).Order());
        Assert.All(Sends, r => Assert.Equal("【报告】2026年度建议提案办理情况", r.Json.GetProperty("Message").GetProperty("subject").GetString()));
    }

    [Fact]
    public async Task AMonthWhoseReportFailedIsArchivedAndMailedByTheNextRunOldestFirst()
    {
        await using (var september = Start(new DateOnly(2026, 9, 1)))
        {
            await september.Create<ReportFunction>().ReportAsync(new TimerInfo(), CancellationToken.None);
        }

        // The October run failed before it archived anything (here: it never ran), and November's run comes.
        await using (var november = Start(new DateOnly(2026, 11, 1)))
        {
            await november.Create<ReportFunction>().ReportAsync(new TimerInfo(), CancellationToken.None);
        }

        await using var later = Start(new DateOnly(2026, 11, 2));
        await later.Create<ReportFunction>().ReportAsync(new TimerInfo(), CancellationToken.None);

        Assert.True(await Archive().GetBlobClient("2026-09.pdf").ExistsAsync());
        Assert.True(await Archive().GetBlobClient("2026-10.pdf").ExistsAsync());
        Assert.True(await Archive().GetBlobClient("2026-08.pdf").ExistsAsync());
        var subjects = Sends.Select(r => r.Json.GetProperty("Message").GetProperty("subject").GetString()!).Distinct().ToArray();
        Assert.Equal(["【报告】2026年1—8月建议提案办理情况", "【报告】2026年1—9月建议提案办理情况", "【报告】2026年1—10月建议提案办理情况"], subjects);
        Assert.Equal(6, Sends.Count);
        var runs = await later.Storage.RunRecords.ListAsync(Runs.RunKind.Report, 10);
        Assert.Equal(["2026-08", "2026-09", "2026-10"], runs.Where(r => r.Sent > 0).Select(r => r.For).Order());
    }

    [Fact]
    public async Task ANewArchiveStartsWithTheCurrentPeriodAndMailsNoOldReports()
    {
        await using var app = Start(new DateOnly(2026, 11, 1));

        await app.Create<ReportFunction>().ReportAsync(new TimerInfo(), CancellationToken.None);

        Assert.Equal(Committee.Length, Sends.Count);
        Assert.False(await Archive().GetBlobClient("2026-09.pdf").ExistsAsync());
    }

    private List<RecordedRequest> Sends => graph.Requests.Where(r => r.Method == "POST").ToList();

    private BlobContainerClient Archive() => new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient(prefix + "reports");

    private FunctionsApp Start(DateOnly today)
    {
        var settings = FunctionsApp.Settings(azurite.ConnectionString, graph, prefix);
        settings["SuggestionDesk:CommitteeRecipients"] = string.Join(';', Committee);
        return FunctionsApp.Start(settings, today);
    }
}
