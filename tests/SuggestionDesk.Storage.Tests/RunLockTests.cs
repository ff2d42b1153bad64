using Azure.Data.Tables;

namespace SuggestionDesk.Storage.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class RunLockTests(AzuriteFixture azurite)
{
    /// <summary>How long a run waits between tries for a held lock (TableRunLock).</summary>
    private static readonly TimeSpan Retry = TimeSpan.FromMilliseconds(250);

    [Fact]
    public async Task ASecondRunWaitsUntilTheFirstLetsGo()
    {
        var names = AzuriteFixture.NewNames();
        var clock = new SleepWatchingClock(TestClock.At());
        var held = await new TableRunLock(azurite.Service, names, clock).AcquireAsync("reminders", TimeSpan.FromMinutes(5));

        var waiting = new TableRunLock(azurite.Service, names, clock).AcquireAsync("reminders", TimeSpan.FromMinutes(5));
        await clock.SleepOfAsync(Retry);
        clock.Advance(Retry);
        await clock.SleepOfAsync(Retry);
        var waitedWhileHeld = !waiting.IsCompleted;
        await held.DisposeAsync();
        clock.Advance(Retry);
        await using var then = await waiting.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.True(waitedWhileHeld, "taken on its second try while the first run held it");
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
        var clock = TestClock.At();
        var table = azurite.Service.GetTableClient(names.Settings);
        await table.CreateIfNotExistsAsync();
        await table.AddEntityAsync(new TableEntity("lock", "reminders") { ["Holder"] = "crashed", ["Until"] = clock.GetUtcNow().AddSeconds(-1) });

        await using var held = await new TableRunLock(azurite.Service, names, clock).AcquireAsync("reminders", TimeSpan.FromMinutes(1)).WaitAsync(TimeSpan.FromSeconds(10));

        var row = (await table.GetEntityAsync<TableEntity>("lock", "reminders")).Value;
        Assert.NotEqual("crashed", row.GetString("Holder"));
    }

    [Fact]
    public async Task AHolderThatOutlivesItsTimeKeepsTheLockByRenewingIt()
    {
        var names = AzuriteFixture.NewNames();
        var clock = new SleepWatchingClock(TestClock.At());
        var hold = TimeSpan.FromSeconds(1.5);
        var table = azurite.Service.GetTableClient(names.Settings);

        await using (var held = await new TableRunLock(azurite.Service, names, clock).AcquireAsync("reminders", hold))
        {
            var holder = (await table.GetEntityAsync<TableEntity>("lock", "reminders")).Value.GetString("Holder");
            await clock.SleepOfAsync(hold / 3);
            var other = new TableRunLock(azurite.Service, names, clock).AcquireAsync("reminders", hold);
            await clock.SleepOfAsync(Retry);

            // Seven renewals carry it to 3.5 s, well past the 1.5 s it was taken for; each is written before the next sleep.
            for (var renewal = 0; renewal < 7; renewal++)
            {
                clock.Advance(hold / 3);
                await clock.SleepOfAsync(hold / 3);
            }

            var row = (await table.GetEntityAsync<TableEntity>("lock", "reminders")).Value;
            Assert.Equal(clock.GetUtcNow() + hold, row.GetDateTimeOffset("Until"));
            Assert.Equal(holder, row.GetString("Holder"));
            Assert.False(other.IsCompleted, "taken while its holder was renewing it");
            await held.DisposeAsync();
            clock.Advance(Retry);
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
