using SuggestionDesk.Reminders;

namespace SuggestionDesk.Storage.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class ReminderLogTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task OnlyTheRecordedKeysAreFound()
    {
        var log = new TableReminderLog(azurite.Service, AzuriteFixture.NewNames());
        var mine = new ReminderKey("lisi@example.gov.cn", "2021/0347", "Reply", "D-7", new DateOnly(2026, 12, 23));
        var other = new ReminderKey("lisi@example.gov.cn", "x' or PartitionKey ne '", "Reply", "Overdue", new DateOnly(2026, 12, 31));
        var digest = new ReminderKey("duban@example.gov.cn", "*", "Digest", "Weekly", new DateOnly(2026, 11, 23));

        await log.RecordAsync([mine, other, digest], DateTimeOffset.UtcNow);
        await log.RecordAsync([mine], DateTimeOffset.UtcNow);
        var sent = await log.FindSentAsync([mine, digest, mine with { Date = new DateOnly(2026, 12, 24) }]);

        Assert.Equal(new HashSet<ReminderKey> { mine, digest }, sent);
    }

    [Fact]
    public async Task TheDirectoryKeepsHeadsAndTheOfficeAndRefusesBadAddresses()
    {
        var store = new TableReminderDirectoryStore(azurite.Service, AzuriteFixture.NewNames());

        await store.SetOfficeAsync("duban@example.gov.cn");
        await store.SetHeadAsync("规划发展处/一科", "head@example.gov.cn");
        await store.SetHeadAsync("数据资源处", "data@example.gov.cn");
        await store.SetHeadAsync("数据资源处", null);
        var error = await Assert.ThrowsAsync<ArgumentException>(() => store.SetHeadAsync("政务服务处", "not an address"));
        var directory = await store.GetAsync();

        Assert.Equal("duban@example.gov.cn", directory.Office);
        Assert.Equal("head@example.gov.cn", directory.HeadOf("规划发展处/一科"));
        Assert.Null(directory.HeadOf("数据资源处"));
        Assert.Contains("'not an address'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePolicyIsTheDefaultUntilSetAndASetPolicyRoundTrips()
    {
        var store = new TableReminderPolicyStore(azurite.Service, AzuriteFixture.NewNames());
        var policy = ReminderPolicy.Default with { StagesBeforeDue = [10, 5, 0], OfficeAfterWorkingDaysLate = 3, EvaluationChase = SuggestionDesk.Calendar.DeadlineRule.WorkingDays(10) };

        var before = await store.GetAsync();
        await store.SaveAsync(policy);
        var after = await store.GetAsync();
        var error = await Assert.ThrowsAsync<ArgumentException>(() => store.SaveAsync(policy with { StagesBeforeDue = [7, 7] }));

        Assert.Same(ReminderPolicy.Default, before);
        Assert.Equal([10, 5, 0], after.StagesBeforeDue);
        Assert.Equal((1, 3, 10), (after.HeadAfterWorkingDaysLate, after.OfficeAfterWorkingDaysLate, after.EvaluationChase.Amount));
        Assert.Contains("'7, 7'", error.Message, StringComparison.Ordinal);
        Assert.Equal([10, 5, 0], (await store.GetAsync()).StagesBeforeDue);
    }
}
