using System.Diagnostics;
using System.Text;
using Azure.Data.Tables;
using SuggestionDesk.Items;
using SuggestionDesk.Ports;
using SuggestionDesk.PowerShell.Items;
using SuggestionDesk.Services;
using Xunit.Abstractions;

namespace SuggestionDesk.PowerShell.Tests.Faults;

[Collection(ModuleCollection.Name)]
public sealed class CrashedImportTests(AzuriteFixture azurite, ITestOutputHelper output) : IDisposable
{
    private const int Rows = 5_000;
    private const string Session = "市七届人大一次会议";
    private readonly string folder = Directory.CreateTempSubdirectory("sd-crash-").FullName;

    [Fact]
    public async Task AnImportKilledHalfwayCompletesWhenRunAgainWithEveryItemOnceAndOneCreationEach()
    {
        var shared = new SharedStore(azurite);
        var ledger = WriteLedger(Path.Combine(folder, "ledger-5000.csv"));
        var items = new TableClient(azurite.ConnectionString, shared.Storage.Names.Items);

        var (before, seen) = await KillImportHalfwayAsync(shared, ledger, items);

        Assert.True(before is > 0 and < Rows, $"{before} items when the import was killed; seen while it ran: {seen}");
        output.WriteLine($"killed with {before} items stored: {seen}");
        using var ps = shared.Connect();
        var again = Stopwatch.StartNew();
        var result = (LedgerImportResult)ps.RunClean("Import-Suggestion $args[0]", ledger).Single().BaseObject;
        output.WriteLine($"imported again in {again.Elapsed.TotalSeconds:0.0}s: {result.Created} created, {result.Unchanged} unchanged");
        Assert.Equal((Rows, 0, false), (result.Created + result.Unchanged, result.Invalid, result.Refused));
        Assert.InRange(result.Unchanged, before, Rows - 1);
        var stored = await shared.Storage.Items.QueryAsync(ItemQuery.All).ToListAsync();
        Assert.Equal(Rows, stored.Count);
        Assert.Equal(Enumerable.Range(1, Rows).Select(NumberOf), stored.Select(i => i.Number.Value).Order(StringComparer.Ordinal));
        // Every history row of the session's partition in one query: one Create per number and nothing else.
        var history = await items.QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {Session} and RowKey ge {"h|"} and RowKey lt {"h}"}"), select: ["Number", "Action"]).ToListAsync();
        Assert.Equal(Rows, history.Count);
        Assert.All(history, h => Assert.Equal("Create", h.GetString("Action")));
        Assert.Equal(Enumerable.Range(1, Rows).Select(NumberOf), history.Select(h => h.GetString("Number")).Order(StringComparer.Ordinal));
        // Every row of the number index but its layout marker (partition "~layout"): the buckets are "~0" … "~f".
        var index = await new TableClient(azurite.ConnectionString, shared.Storage.Names.Numbers)
            .QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey ge {"~0"} and PartitionKey le {"~f"}")).ToListAsync();
        Assert.Equal(Rows, index.Count);
        Assert.Equal(Enumerable.Range(1, Rows).Select(NumberOf), index.Select(e => e.GetString("Number")).Order(StringComparer.Ordinal));
        Assert.All(index, e => Assert.Equal(Session, e.GetString("Session")));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    /// <summary>Runs Import-Suggestion in a real pwsh and kills it once some items, not all, are stored; returns how many were.</summary>
    private async Task<(int Count, string Seen)> KillImportHalfwayAsync(SharedStore shared, string ledger, TableClient items)
    {
        var module = typeof(GetSuggestionCommand).Assembly.Location;
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList =
            {
                "pwsh", "-NoProfile", "-NonInteractive", "-Command",
                "[Console]::Out.WriteLine($PID); Import-Module $env:SD_MODULE; Connect-SuggestionStore -ConnectionString $env:SD_STORAGE -TablePrefix $env:SD_PREFIX | Out-Null; Import-Suggestion $env:SD_LEDGER | Out-Null",
            },
            WorkingDirectory = Repository.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["SD_MODULE"] = module, ["SD_STORAGE"] = shared.ConnectionString, ["SD_PREFIX"] = shared.Prefix, ["SD_LEDGER"] = ledger },
        };
        using var importer = Process.Start(start) ?? throw new InvalidOperationException("Could not start 'dotnet pwsh'.");
        var errors = importer.StandardError.ReadToEndAsync();
        // `dotnet pwsh` runs pwsh as a grandchild: kill that one, the process doing the import, by its own id.
        var pid = await importer.StandardOutput.ReadLineAsync();
        using var pwsh = Process.GetProcessById(int.Parse(pid ?? throw new InvalidOperationException($"pwsh did not start: {await errors}"), System.Globalization.CultureInfo.InvariantCulture));
        _ = importer.StandardOutput.ReadToEndAsync();
        var watch = Stopwatch.StartNew();
        var seen = new StringBuilder();
        // Rows are written in file order, a few at a time: once row 1,000's item exists, about a fifth is stored.
        // (Counting while the import runs would chase the writes through the pages until they were all done.)
        var marker = SuggestionNumber.Parse(NumberOf(Rows / 5));
        var store = shared.Storage.Items;
        while (await FindAsync(store, marker) is null)
        {
            if (importer.HasExited)
            {
                Assert.Fail($"the import ended (exit {importer.ExitCode}) before it could be killed; is pwsh restored ('dotnet tool restore')? {await errors}");
            }

            Assert.True(watch.Elapsed < TimeSpan.FromMinutes(3), "no item was written within 3 minutes");
            await Task.Delay(100);
        }

        seen.Append($"row {Rows / 5}'s item found at {watch.Elapsed.TotalSeconds:0.0}s; ");
        pwsh.Kill();
        await pwsh.WaitForExitAsync();
        importer.Kill(entireProcessTree: true);
        seen.Append($"killed at {watch.Elapsed.TotalSeconds:0.0}s, exited {pwsh.HasExited}");
        return (await CountAsync(items), seen.ToString());
    }

    // A poll that gets no answer within a second is asked again rather than waited for.
    private static async Task<SuggestionItem?> FindAsync(ISuggestionStore store, SuggestionNumber number)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(1));
        try
        {
            return await store.FindAsync(number, patience.Token);
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    private static async Task<int> CountAsync(TableClient items)
    {
        try
        {
            var filter = TableClient.CreateQueryFilter($"RowKey ge {"i|"} and RowKey lt {"i}"}");
            return await items.QueryAsync<TableEntity>(filter, select: ["RowKey"]).CountAsync();
        }
        catch (Azure.RequestFailedException e) when (e.Status == 404)
        {
            return 0;
        }
    }

    private static string NumberOf(int row) => $"2026/{row:0000}";

    private static string WriteLedger(string path)
    {
        var text = new StringBuilder("编号,标题,届次,提出人,办理类型,承办部门,责任人,责任人邮箱,交办日期\r\n");
        for (var row = 1; row <= Rows; row++)
        {
            text.Append($"{NumberOf(row)},关于第{row}项民生工作的建议,{Session},王代表{row % 97}、李代表,{(row % 4 == 0 ? "承办" : "主办")},规划发展处,李四,lisi@example.gov.cn,2026-03-{1 + (row % 28):00}\r\n");
        }

        File.WriteAllText(path, text.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        return path;
    }
}
