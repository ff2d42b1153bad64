using Azure.Data.Tables;
using SuggestionDesk.Reminders;

namespace SuggestionDesk.Storage.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class ReminderPolicyStoreTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task TheHolidaySettingsRoundTrip()
    {
        var store = new TableReminderPolicyStore(azurite.Service, AzuriteFixture.NewNames());

        await store.SaveAsync(ReminderPolicy.Default with { MoveStagesEarlier = false, BreakMinimumDays = 7, BreakLookAheadWorkingDays = 5 });
        var read = await store.GetAsync();

        Assert.Equal((false, 7, 5), (read.MoveStagesEarlier, read.BreakMinimumDays, read.BreakLookAheadWorkingDays));
    }

    [Fact]
    public async Task APolicyStoredBeforeTheHolidaySettingsReadsWithTheirDefaults()
    {
        var names = AzuriteFixture.NewNames();
        var table = azurite.Service.GetTableClient(names.Settings);
        await table.CreateIfNotExistsAsync();
        // The row as an earlier version wrote it: no MoveStagesEarlier, BreakMinimumDays or BreakLookAheadWorkingDays.
        await table.UpsertEntityAsync(new TableEntity("policy", "reminders")
        {
            ["Json"] = """{"StagesBeforeDue":[10,5,0],"HeadAfterWorkingDaysLate":2,"OfficeAfterWorkingDaysLate":5,"EvaluationChase":{"Amount":15,"Unit":"WorkingDays"},"WeeklyDigest":false}""",
        });

        var read = await new TableReminderPolicyStore(azurite.Service, names).GetAsync();

        Assert.Equal([10, 5, 0], read.StagesBeforeDue);
        Assert.Equal((true, 3, 3), (read.MoveStagesEarlier, read.BreakMinimumDays, read.BreakLookAheadWorkingDays));
    }
}
