using System.Management.Automation;
using System.Management.Automation.Runspaces;
using Azure.Storage.Blobs;
using Microsoft.Azure.Functions.Worker;
using MimeKit;
using SuggestionDesk.Functions.Timers;
using SuggestionDesk.PowerShell.Reporting;
using SuggestionDesk.Storage;

namespace SuggestionDesk.Functions.Tests;

/// <summary>
/// The report timer and the module's Send-SuggestionReport deliver through the same core service on the same archive:
/// whoever sends first, the other sends nobody the report again, and a recipient only one of them knows is sent the
/// report the other archived.
/// </summary>
public sealed class ReportSharedWithModuleTests : IAsyncLifetime
{
    private static readonly string[] Committee = ["mishuchu@example.gov.cn", "renda.weiyuanhui@example.gov.cn"];
    private const string Newcomer = "zhuren@example.gov.cn";
    private readonly GraphRecorder graph = GraphRecorder.Start();
    private readonly string prefix = "sh" + Guid.NewGuid().ToString("N")[..10];
    private readonly string outbox = Path.Combine(Path.GetTempPath(), "sd-shared-" + Guid.NewGuid().ToString("N")[..8]);
    private AzuriteServer azurite = null!;

    public async Task InitializeAsync()
    {
        azurite = await AzuriteServer.StartAsync();
        var storage = SuggestionStorage.FromConnectionString(azurite.ConnectionString, prefix);
        await storage.CheckAsync();
        var item = SuggestionItem.Create(SuggestionDesk.Testing.Items.Spec("2026/0001") with { AssignedOn = new DateOnly(2026, 3, 2) }, TestClock.As());
        item.SignFor(new DateOnly(2026, 3, 3), TestClock.As());
        await storage.Items.AddAsync(item);
    }

    public async Task DisposeAsync()
    {
        await graph.DisposeAsync();
        await azurite.DisposeAsync();
        if (Directory.Exists(outbox))
        {
            Directory.Delete(outbox, recursive: true);
        }
    }

    [Fact]
    public async Task AfterTheTimerTheCmdletSendsOnlyToANewRecipientAndSendsTheTimersArchivedReport()
    {
        await RunTimerAsync();
        var archived = (await Archive().GetBlobClient("2026-10.pdf").DownloadContentAsync()).Value.Content.ToArray();

        var sent = SendFromModule([.. Committee, Newcomer]);

        Assert.Equal(Committee, graph.Requests.Where(r => r.Method == "POST").Select(r => r.Recipient).Order());
        Assert.Equal(["AlreadySent", "AlreadySent", "Sent"], sent.Select(s => s.Status));
        Assert.Equal(Newcomer, sent[2].Recipient);
        var eml = Assert.Single(Directory.GetFiles(outbox, "*.eml"));
        var attachment = (MimePart)Assert.Single(MimeMessage.Load(eml).Attachments);
        using var pdf = new MemoryStream();
        await attachment.Content!.DecodeToAsync(pdf);
        Assert.Equal(archived, pdf.ToArray());
    }

    [Fact]
    public async Task AfterTheCmdletTheTimerSendsNobodyTheReportAgain()
    {
        var sent = SendFromModule(Committee);

        await RunTimerAsync();

        Assert.Equal(["Sent", "Sent"], sent.Select(s => s.Status));
        Assert.Equal(2, Directory.GetFiles(outbox, "*.eml").Length);
        Assert.Empty(graph.Requests);
    }

    private async Task RunTimerAsync()
    {
        var settings = FunctionsApp.Settings(azurite.ConnectionString, graph, prefix);
        settings["SuggestionDesk:CommitteeRecipients"] = string.Join(';', Committee);
        await using var app = FunctionsApp.Start(settings, new DateOnly(2026, 11, 1));
        await app.Create<ReportFunction>().ReportAsync(new TimerInfo(), CancellationToken.None);
    }

    // The module as an administrator runs it, connected to the app's tables and report container.
    private ReportSent[] SendFromModule(string[] recipients)
    {
        var state = InitialSessionState.CreateDefault2();
        state.ImportPSModule([typeof(SendSuggestionReportCommand).Assembly.Location]);
        using var runspace = RunspaceFactory.CreateRunspace(state);
        runspace.Open();
        using var shell = System.Management.Automation.PowerShell.Create();
        shell.Runspace = runspace;
        shell.AddScript("""
            Connect-SuggestionStore -ConnectionString $args[0] -TablePrefix $args[1] -ReportContainer $args[2] | Out-Null
            Send-SuggestionReport -To $args[3] -Period 2026-10 -OutboxPath $args[4]
            """);
        foreach (var argument in new object[] { azurite.ConnectionString, prefix, prefix + "reports", recipients, outbox })
        {
            shell.AddArgument(argument);
        }

        var output = shell.Invoke();
        Assert.True(shell.Streams.Error.Count == 0, string.Join(Environment.NewLine, shell.Streams.Error));
        return output.Select(o => (ReportSent)o.BaseObject).ToArray();
    }

    private BlobContainerClient Archive() => new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient(prefix + "reports");
}
