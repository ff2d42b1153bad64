using Azure.Storage.Blobs;

namespace SuggestionDesk.Storage.Tests;

/// <summary>The report archive on Azurite's blobs: what the Functions app and the module both keep their record of who has a report in.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class BlobReportArchiveTests(AzuriteFixture azurite)
{
    private readonly string container = "t" + Guid.NewGuid().ToString("N")[..12] + "-reports";
    private readonly TableNames names = AzuriteFixture.NewNames();

    [Fact]
    public async Task AnArchivedReportIsNeverReplaced()
    {
        var archive = Open();

        var added = await archive.TryAddAsync("2026-10", "%PDF-first"u8.ToArray(), 1, Cover(1));
        var replaced = await archive.TryAddAsync("2026-10", "%PDF-second"u8.ToArray(), 2, Cover(2));
        var kept = await archive.FindAsync("2026-10");

        Assert.True(added);
        Assert.False(replaced);
        Assert.Equal("%PDF-first"u8.ToArray(), kept!.Pdf.ToArray());
        Assert.Equal((1, 0), (kept.Pages, kept.SentTo.Count));
        Assert.True(await Container().GetBlobClient("2026-10.pdf").ExistsAsync());
    }

    [Fact]
    public async Task AReportsCoverIsKeptWithItAsTheFirstRunWroteItAndRefusedWithASecondReport()
    {
        var archive = Open();
        var first = Cover(24);

        await archive.TryAddAsync("2026-10", "%PDF-first"u8.ToArray(), 5, first);
        await archive.TryAddAsync("2026-10", "%PDF-second"u8.ToArray(), 5, Cover(25));
        await archive.RecordSentAsync("2026-10", ["renda@example.gov.cn"]);
        var kept = (await archive.FindAsync("2026-10"))!;

        Assert.NotNull(kept.Cover);
        Assert.Equal((first.Title, first.DateLine, first.Figures.Caption), (kept.Cover.Title, kept.Cover.DateLine, kept.Cover.Figures.Caption));
        Assert.Equal(first.KeyFigures, kept.Cover.KeyFigures);
        Assert.Equal(first.Figures.Columns, kept.Cover.Figures.Columns);
        Assert.Equal(first.Figures.Rows.Select(r => string.Join("|", r)), kept.Cover.Figures.Rows.Select(r => string.Join("|", r)));
        // The cover's row is not a recipient.
        Assert.Equal(["renda@example.gov.cn"], kept.SentTo);
    }

    [Fact]
    public async Task AReportArchivedWithoutACoverIsFoundWithNone()
    {
        // Archived before covers were kept, or by a run that stopped between the PDF and its cover.
        await Container().CreateIfNotExistsAsync();
        await Container().GetBlobClient("2026-09.pdf").UploadAsync(BinaryData.FromBytes("%PDF-"u8.ToArray()), new Azure.Storage.Blobs.Models.BlobUploadOptions
        {
            Metadata = new Dictionary<string, string> { ["period"] = "2026-09", ["pages"] = "3" },
        });

        var found = await Open().FindAsync("2026-09");

        Assert.Null(found!.Cover);
    }

    [Fact]
    public async Task LookingForAReportBeforeAnyWasArchivedFindsNothingAndCreatesNoContainer()
    {
        var archive = Open();

        var found = await archive.FindAsync("2026-10");

        Assert.Null(found);
        Assert.False(await Container().ExistsAsync());
    }

    [Fact]
    public async Task TwoArchivesOnTheSameContainerAddToOneRecordOfWhoHasTheReport()
    {
        var timer = Open();
        var module = Open();
        await timer.TryAddAsync("2026", "%PDF-"u8.ToArray(), 3, Cover(3));

        await timer.RecordSentAsync("2026", ["renda.weiyuanhui@example.gov.cn"]);
        // The other host's list lacks the first recipient: a run that read the record before the first one wrote it.
        await module.RecordSentAsync("2026", ["秘书处,办公厅@example.gov.cn", "MISHUCHU@example.gov.cn"]);

        var record = (await timer.FindAsync("2026"))!.SentTo;
        Assert.Equal(["MISHUCHU@example.gov.cn", "renda.weiyuanhui@example.gov.cn", "秘书处,办公厅@example.gov.cn"], record.Order(StringComparer.Ordinal));
        Assert.Contains("mishuchu@example.gov.cn", record);
    }

    [Fact]
    public async Task RecordingWhoHasAReportNeverChangesTheArchivedBlob()
    {
        // The container may keep its reports under a retention (WORM) policy, which refuses any change to a blob,
        // its metadata included (Azurite does not enforce one): the record of recipients must live elsewhere.
        var archive = Open();
        await archive.TryAddAsync("2026-10", "%PDF-"u8.ToArray(), 2, Cover(2));
        var blob = Container().GetBlobClient("2026-10.pdf");
        var before = (await blob.GetPropertiesAsync()).Value;

        await archive.RecordSentAsync("2026-10", ["renda@example.gov.cn"]);
        await archive.RecordSentAsync("2026-10", ["RENDA@example.gov.cn", "mishuchu@example.gov.cn"]);

        var after = (await blob.GetPropertiesAsync()).Value;
        Assert.Equal((before.ETag, before.LastModified), (after.ETag, after.LastModified));
        var sent = (await archive.FindAsync("2026-10"))!.SentTo;
        Assert.Equal(2, sent.Count); // one address in two spellings is one reader
        Assert.True(sent.Contains("renda@example.gov.cn") && sent.Contains("mishuchu@example.gov.cn"));
    }

    [Fact]
    public async Task AReportArchivedWithItsRecipientsInItsMetadataStillCountsThem()
    {
        // Archives made before the record moved to the tables listed their recipients in the blob's metadata.
        await Container().CreateIfNotExistsAsync();
        await Container().GetBlobClient("2026-09.pdf").UploadAsync(BinaryData.FromBytes("%PDF-"u8.ToArray()), new Azure.Storage.Blobs.Models.BlobUploadOptions
        {
            Metadata = new Dictionary<string, string> { ["period"] = "2026-09", ["pages"] = "3", ["sentto"] = "renda%40example.gov.cn" },
        });
        var archive = Open();

        await archive.RecordSentAsync("2026-09", ["mishuchu@example.gov.cn"]);

        Assert.Equal(["mishuchu@example.gov.cn", "renda@example.gov.cn"], (await archive.FindAsync("2026-09"))!.SentTo.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("https://ghfzcsuggest.table.core.windows.net/", "https://ghfzcsuggest.blob.core.windows.net/")]
    [InlineData("https://ghfzcsuggest.table.core.chinacloudapi.cn", "https://ghfzcsuggest.blob.core.chinacloudapi.cn/")]
    public void AnAccountsBlobEndpointIsBesideItsTableEndpoint(string table, string blob)
    {
        Assert.Equal(new Uri(blob), BlobReportArchive.BlobEndpointBeside(new Uri(table)));
    }

    [Theory]
    [InlineData("http://127.0.0.1:10002/devstoreaccount1")]
    [InlineData("https://tables.example.gov.cn/")]
    public void AnAddressNotShapedLikeAnAccountsHasNoBlobEndpointBesideIt(string table)
    {
        Assert.Null(BlobReportArchive.BlobEndpointBeside(new Uri(table)));
    }

    [Theory]
    [InlineData("Reports")]
    [InlineData("re")]
    [InlineData("my--reports")]
    [InlineData("reports_2026")]
    public void AContainerNameBlobStorageWouldRefuseIsRefusedNamingIt(string name)
    {
        var error = Assert.Throws<ArgumentException>(() => BlobReportArchive.FromConnectionString(azurite.ConnectionString, Recipients(), name));

        Assert.Contains($"'{name}'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'reports'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AConnectionStringWithoutABlobServiceIsRefusedSayingTheArchiveNeedsOne()
    {
        var tablesOnly = "TableEndpoint=https://ghfzcsuggest.table.core.windows.net/;SharedAccessSignature=sv=2024-01-01&sig=abc";

        var error = Assert.Throws<ArgumentException>(() => BlobReportArchive.FromConnectionString(tablesOnly, Recipients()));

        Assert.Contains("blob service", error.Message, StringComparison.Ordinal);
        Assert.Contains("BlobEndpoint", error.Message, StringComparison.Ordinal);
    }

    private BlobContainerClient Container() => new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient(container);

    private BlobReportArchive Open() => BlobReportArchive.FromConnectionString(azurite.ConnectionString, Recipients(), container);

    private TableReportRecipients Recipients() => new(azurite.Service, names);

    private static Reporting.ReportCover Cover(int received) => new(
        "关于2026年人大代表建议办理工作情况的报告", "2026年10月31日",
        [new($"{received}件", "接收办理"), new("95.8%", "按时签收率")],
        new Reporting.ReportTable("表1 建议办理基本情况", ["项目", "件数", "说明"],
        [
            ["接收办理", $"{received}", ""],
            ["　其中按时签收", "23", "按时签收率 95.8%"],
        ]));
}
