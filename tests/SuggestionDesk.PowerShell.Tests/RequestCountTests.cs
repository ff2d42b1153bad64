using Azure.Data.Tables;
using SuggestionDesk.Storage;

namespace SuggestionDesk.PowerShell.Tests;

/// <summary>
/// How many requests the cmdlets send, counted by a pipeline policy on the session's clients: in Azure each one is a
/// network round trip (5–30 ms from an office), so these counts are what a user waits for, and they cannot grow
/// unnoticed. Counts, not times: exact on any machine.
/// </summary>
[Collection(ModuleCollection.Name)]
public sealed class RequestCountTests(AzuriteFixture module)
{
    private const string Session = "市七届人大一次会议";

    [Fact]
    public void ChangingTheTitleOfAnItemTheSessionHasSeenIsOneReadAndOneWrite()
    {
        var (ps, counter, observing, names) = Connected();
        using (ps)
        using (observing)
        {
            AddItems(names, 3);
            ps.RunClean("Get-Suggestion -Number 00002 | Out-Null");
            counter.Reset();

            ps.RunClean("Set-Suggestion -Number 00002 -Title '关于加强智慧城市建设的建议'");

            Assert.Equal(["GET", "POST"], counter.Requests.Select(r => r.Method));
            Assert.True(counter.Requests[0].IsOn(names.Items), string.Join(", ", counter.Requests));
            Assert.Equal("关于加强智慧城市建设的建议", ps.RunClean("(Get-Suggestion -Number 00002).Title").Single().ToString());
        }
    }

    [Fact]
    public void ChangingAPipedItemIsOneReadAndOneWrite()
    {
        var (ps, counter, observing, names) = Connected();
        using (ps)
        using (observing)
        {
            AddItems(names, 3);
            ps.RunClean("$item = Get-Suggestion -Number 00001");
            counter.Reset();

            ps.RunClean("$item | Set-Suggestion -Title '关于加强智慧城市建设的建议'");

            Assert.Equal(2, counter.Count);
        }
    }

    [Fact]
    public void ANumberTheSessionHasNotSeenIsLookedUpInTheNumberIndexFirst()
    {
        var (ps, counter, observing, names) = Connected();
        using (ps)
        using (observing)
        {
            AddItems(names, 3);
            counter.Reset();

            ps.RunClean("Set-Suggestion -Number 00002 -Title '关于加强智慧城市建设的建议'");

            Assert.Equal(3, counter.Count);
            Assert.True(counter.Requests[0].IsOn(names.Numbers), string.Join(", ", counter.Requests));
        }
    }

    [Fact]
    public void AnItemSeenInOneSessionAndMovedByAnotherIsFoundWhereItIsNow()
    {
        var (ps, counter, observing, names) = Connected();
        using (ps)
        using (observing)
        {
            AddItems(names, 1);
            ps.RunClean("Get-Suggestion -Number 00000 | Out-Null");
            using (var other = module.Connect(names.Prefix))
            {
                other.RunClean("Remove-Suggestion -Number 00000 -Confirm:$false");
                other.RunClean("New-Suggestion -Number 00000 -Title '另一届的建议' -Session '市七届人大二次会议' -LeadProposer '王代表' -Role Lead -Department '规划发展处' -Owner '李四' -AssignedOn 2026-11-02");
            }

            var item = Assert.Single(ps.RunClean("Get-Suggestion -Number 00000"));

            Assert.Equal("市七届人大二次会议", item.Properties["Session"].Value);
        }
    }

    [Fact]
    public void ASecondCommandInTheSessionSendsNothingBeforeItsData()
    {
        var (ps, counter, observing, names) = Connected();
        using (ps)
        using (observing)
        {
            AddItems(names, 3);
            ps.RunClean("Get-Suggestion -Number 00000");
            foreach (var second in new[] { "Get-Suggestion -Number 00001", "Set-Suggestion -Number 00002 -Title '新标题'", "Get-Suggestion", "Get-SuggestionDeadline -Number 00001" })
            {
                counter.Reset();

                ps.RunClean(second);

                var first = counter.Requests.First();
                Assert.True(first.IsOn(names.Items) || first.IsOn(names.Numbers) || first.IsOn(names.Sessions), $"{second}: {string.Join(", ", counter.Requests)}");
                Assert.DoesNotContain(counter.Requests, r => r.CreatesTable || r.IsOn(names.Calendar));
            }
        }
    }

    [Fact]
    public void ListingItemsCostsTheRawQuerysPagesAndTwoRequests()
    {
        var (ps, counter, observing, names) = Connected();
        using (ps)
        using (observing)
        {
            AddItems(names, 2_500);
            ps.RunClean("Get-Suggestion -Number 00000 | Out-Null");
            var raw = RawPages(names);
            counter.Reset();

            var listed = ps.RunClean("Get-Suggestion | Select-Object -Last 1 -ExpandProperty NextDue");

            Assert.Single(listed);
            Assert.Equal(3, raw);
            Assert.True(counter.Count <= raw + 2, $"{counter.Count} requests for {raw} pages: {string.Join(", ", counter.Requests)}");
        }
    }

    /// <summary>A session connected to fresh tables, its requests counted from after connecting.</summary>
    private (PowerShellSession Session, RequestCounter Counter, IDisposable Observing, TableNames Names) Connected()
    {
        var names = AzuriteFixture.NewNames();
        var counter = new RequestCounter();
        var observing = ClientDiagnostics.Observe(names.Prefix, counter);
        var session = module.Connect(names.Prefix);
        counter.Reset();
        return (session, counter, observing, names);
    }

    /// <summary>Items 00000, 00001, … in one session, written by the store as an import writes them (not counted: another store).</summary>
    private void AddItems(TableNames names, int count)
    {
        var store = new TableSuggestionStore(module.Service, names);
        var items = Enumerable.Range(0, count).Select(i => SuggestionDesk.Testing.Items.New(i.ToString("00000", System.Globalization.CultureInfo.InvariantCulture), Session)).ToArray();
        var failures = store.AddManyAsync(items).GetAwaiter().GetResult();
        Assert.All(failures, Assert.Null);
    }

    /// <summary>The pages of the raw SDK query of the session's item rows, counted on a client of its own.</summary>
    private int RawPages(TableNames names)
    {
        var counter = new RequestCounter();
        var options = new TableClientOptions();
        options.AddPolicy(counter, Azure.Core.HttpPipelinePosition.PerRetry);
        var table = new TableClient(module.ConnectionString, names.Items, options);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {KeyEncoder.Encode(Session)} and RowKey ge {"i|"} and RowKey lt {"i}"}");
        Assert.Equal(2_500, table.Query<TableEntity>(filter).Count());
        return counter.Count;
    }
}
