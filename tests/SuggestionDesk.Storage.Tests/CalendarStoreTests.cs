using SuggestionDesk.Calendar;
using SuggestionDesk.Services;

namespace SuggestionDesk.Storage.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class CalendarStoreTests(AzuriteFixture azurite)
{
    private const string Json2027 = """
        {"year": 2027, "papers": ["https://www.gov.cn/example/2027"], "days": [
          {"name": "春节", "date": "2027-02-01", "isOffDay": true},
          {"name": "春节", "date": "2027-02-02", "isOffDay": true},
          {"name": "春节", "date": "2027-02-03", "isOffDay": true},
          {"name": "春节", "date": "2027-02-04", "isOffDay": true},
          {"name": "春节", "date": "2027-02-05", "isOffDay": true},
          {"name": "春节", "date": "2027-02-06", "isOffDay": false}]}
        """;

    [Fact]
    public async Task ALoadedYearIsSeenByEveryHostOnTheSameStoreAndMovesProvisionalDates()
    {
        var names = AzuriteFixture.NewNames();
        var items = new TableSuggestionStore(azurite.Service, names);
        var module = new CalendarService(new TableCalendarStore(azurite.Service, names), items, new TableDeadlinePolicyStore(azurite.Service, names));
        var extended = SuggestionItem.Create(Spec("extended") with { AssignedOn = new DateOnly(2026, 11, 2) }, TestClock.As());
        extended.RequestExtension(new DateOnly(2027, 2, 3), "需会办", new DateOnly(2026, 11, 20), TestClock.As());
        extended.DecideExtension(true, "刘局长", new DateOnly(2026, 11, 21), TestClock.As());
        await items.AddAsync(SuggestionItem.Create(Spec("provisional") with { AssignedOn = new DateOnly(2026, 11, 2) }, TestClock.As()));
        await items.AddAsync(extended);
        Assert.False((await module.LoadAsync()).IsPublished(2027));

        var import = await module.ImportAsync(Json2027, "2027.json", TestClock.As("办公室"));
        // A second service on the same tables, as the Functions app would have.
        var functions = new CalendarService(new TableCalendarStore(azurite.Service, names), new TableSuggestionStore(azurite.Service, names), new TableDeadlinePolicyStore(azurite.Service, names));
        var calendar = await functions.LoadAsync();

        Assert.Equal(2027, import.Year);
        Assert.Equal(6, import.DaysListed);
        var change = Assert.Single(import.Changes);
        Assert.Equal("provisional", change.Number.Value);
        Assert.Equal((new DateOnly(2027, 2, 2), new DateOnly(2027, 2, 6)), (change.Before.Due, change.After.Due));
        Assert.True(calendar.IsPublished(2027));
        Assert.Equal(DayKind.MakeUpWorkday, calendar.Day(new DateOnly(2027, 2, 6)).Kind);
    }

    [Fact]
    public async Task AnEmptyPlaceholderNeverReplacesAPublishedYear()
    {
        var names = AzuriteFixture.NewNames();
        var service = new CalendarService(new TableCalendarStore(azurite.Service, names), new TableSuggestionStore(azurite.Service, names), new TableDeadlinePolicyStore(azurite.Service, names));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            service.ImportAsync("""{"year": 2026, "papers": [], "days": []}""", "2026.json", TestClock.As()));

        Assert.Contains("2026.json", error.Message, StringComparison.Ordinal);
        Assert.Contains("Nothing was loaded", error.Message, StringComparison.Ordinal);
        Assert.True((await service.LoadAsync()).IsPublished(2026));
    }

    [Fact]
    public async Task ABadFileIsRefusedBeforeAnythingIsStored()
    {
        var names = AzuriteFixture.NewNames();
        var calendars = new TableCalendarStore(azurite.Service, names);
        var service = new CalendarService(calendars, new TableSuggestionStore(azurite.Service, names), new TableDeadlinePolicyStore(azurite.Service, names));

        await Assert.ThrowsAsync<FormatException>(() => service.ImportAsync("{\"year\": 2027, \"days\": [{}]}", "bad.json", TestClock.As()));

        Assert.Empty(await calendars.GetYearsAsync());
    }
}
