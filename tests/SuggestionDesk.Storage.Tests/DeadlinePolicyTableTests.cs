using Azure.Data.Tables;
using SuggestionDesk.Calendar;

namespace SuggestionDesk.Storage.Tests;

/// <summary>The deadline policy's row on a real Azurite: shared by every host on the tables, readable after the enums grow, and refused by name when it cannot be read.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class DeadlinePolicyTableTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task APolicySetThroughOneStoreIsTheOneAnotherOnTheSameTablesReads()
    {
        var names = AzuriteFixture.NewNames();
        var policy = DeadlinePolicy.Default.With(DeadlineClock.Reply, DeadlineRule.Months(2));
        await new TableDeadlinePolicyStore(azurite.Service, names).SaveAsync(policy, null);

        var functions = new Services.CalendarService(new TableCalendarStore(azurite.Service, names), new TableSuggestionStore(azurite.Service, names),
            new TableDeadlinePolicyStore(azurite.Service, names));
        var deadlines = await functions.LoadDeadlinesAsync();

        Assert.Equal(DeadlineRule.Months(2), deadlines.Policy.RuleFor(DeadlineClock.Reply, ItemKind.Suggestion, HandlingRole.Lead));
    }

    [Fact]
    public async Task ARowWithoutALaterClockKeepsThatClocksDefault()
    {
        var names = AzuriteFixture.NewNames();
        await Row(names, """{"Rules":[{"Clock":"Reply","Amount":2,"Unit":"Months"}],"ExtensionLimit":{"Amount":5,"Unit":"Months"}}""");

        var read = await new TableDeadlinePolicyStore(azurite.Service, names).GetAsync();

        Assert.Equal(DeadlineRule.Months(2), read.Policy.RuleFor(DeadlineClock.Reply, ItemKind.Suggestion, HandlingRole.Lead));
        Assert.Equal(DeadlineRule.EndOfYear, read.Policy.RuleFor(DeadlineClock.FollowUp, ItemKind.Suggestion, HandlingRole.Lead));
        Assert.Equal(DeadlineRule.Months(5), read.Policy.ExtensionLimit);
    }

    [Theory]
    [InlineData("""{"Rules":[{"Clock":"Lunch","Amount":2,"Unit":"Months"}]}""", "its clock 'Lunch' is not one of SignFor")]
    [InlineData("""{"Rules":[{"Clock":"Reply","Kind":"Petition","Amount":2,"Unit":"Months"}]}""", "its kind 'Petition' is not one of Suggestion, Proposal")]
    [InlineData("""{"Rules":[{"Clock":"Reply","Amount":-4,"Unit":"WorkingDays"}]}""", "A deadline of -4 working days is not usable")]
    [InlineData("""not json""", "it is not the policy's JSON")]
    public async Task ARowThatCannotBeReadIsRefusedNamingTheValue(string json, string expected)
    {
        var names = AzuriteFixture.NewNames();
        await Row(names, json);

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => new TableDeadlinePolicyStore(azurite.Service, names).GetAsync());

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Contains($"table {names.Settings}", error.Message, StringComparison.Ordinal);
        Assert.Contains("reset it to the defaults", error.Message, StringComparison.Ordinal);
    }

    private async Task Row(TableNames names, string json)
    {
        var table = azurite.Service.GetTableClient(names.Settings);
        await table.CreateIfNotExistsAsync();
        await table.UpsertEntityAsync(new TableEntity("policy", "deadlines") { ["Json"] = json });
    }
}
