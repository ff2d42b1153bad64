using Azure.Data.Tables;

namespace SuggestionDesk.Storage.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class RunLockTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task ASecondRunWaitsUntilTheFirstLetsGo()
    {
        var names = AzuriteFixture.NewNames();
        var first = new TableRunLock(azurite.Service, names);
        var second = new TableRunLock(azurite.Service, names);

        var held = await first.AcquireAsync("reminders", TimeSpan.FromMinutes(5));
        var waiting = second.AcquireAsync("reminders", TimeSpan.FromMinutes(5));
        await Task.Delay(800);
        var waitedWhileHeld = !waiting.IsCompleted;
        await held.DisposeAsync();
        await using var then = await waiting.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.True(waitedWhileHeld);
    }

    [Fact]
    public async Task OnlyOneOfManyRacingRunsHoldsItAtATime()
    {
        var names = AzuriteFixture.NewNames();
        var inside = 0;
        var most = 0;

        await Task.WhenAll(Enumerable.Range(0, 6).Select(async _ =>
        {
            await using var held = await new TableRunLock(azurite.Service, names).AcquireAsync("reminders", TimeSpan.FromMinutes(1));
            var now = Interlocked.Increment(ref inside);
            InterlockedMax(ref most, now);
            await Task.Delay(100);
            Interlocked.Decrement(ref inside);
        }));

        Assert.Equal(1, most);
    }

    [Fact]
    public async Task ALockWhoseHolderDiedIsTakenOverWhenItsTimeIsUp()
    {
        var names = AzuriteFixture.NewNames();
        var table = azurite.Service.GetTableClient(names.Settings);
        await table.CreateIfNotExistsAsync();
        await table.AddEntityAsync(new TableEntity("lock", "reminders") { ["Holder"] = "crashed", ["Until"] = DateTimeOffset.UtcNow.AddSeconds(-1) });

        await using var held = await new TableRunLock(azurite.Service, names).AcquireAsync("reminders", TimeSpan.FromMinutes(1)).WaitAsync(TimeSpan.FromSeconds(10));

        var row = (await table.GetEntityAsync<TableEntity>("lock", "reminders")).Value;
        Assert.NotEqual("crashed", row.GetString("Holder"));
    }

    [Fact]
    public async Task AHolderThatOutlivesItsTimeKeepsTheLockByRenewingIt()
    {
        var names = AzuriteFixture.NewNames();

        await using (var held = await new TableRunLock(azurite.Service, names).AcquireAsync("reminders", TimeSpan.FromSeconds(1.5)))
        {
            var other = new TableRunLock(azurite.Service, names).AcquireAsync("reminders", TimeSpan.FromSeconds(1.5));
            await Task.Delay(TimeSpan.FromSeconds(3.5));
            Assert.False(other.IsCompleted, "taken while its holder was renewing it");
            await held.DisposeAsync();
            await using var next = await other.WaitAsync(TimeSpan.FromSeconds(10));
        }
    }

    private static void InterlockedMax(ref int target, int value)
    {
        for (var seen = Volatile.Read(ref target); value > seen; seen = Volatile.Read(ref target))
        {
            Interlocked.CompareExchange(ref target, value, seen);
        }
    }
}
