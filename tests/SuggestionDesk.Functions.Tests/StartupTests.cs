using SuggestionDesk.Functions.Settings;

namespace SuggestionDesk.Functions.Tests;

public sealed class StartupTests : IAsyncLifetime
{
    private readonly GraphRecorder graph = GraphRecorder.Start();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await graph.DisposeAsync();

    [Fact]
    public void AMissingSenderMailboxStopsStartUpNamingTheSetting()
    {
        var settings = FunctionsApp.Settings("UseDevelopmentStorage=true", graph, "sd");
        settings.Remove("SuggestionDesk:SenderMailbox");

        var error = Assert.Throws<InvalidOperationException>(() => FunctionsApp.Start(settings, new DateOnly(2026, 10, 9)));

        Assert.Contains("SuggestionDesk__SenderMailbox: missing", error.Message, StringComparison.Ordinal);
        Assert.Single(error.Message.Split('\n'), l => l.TrimStart().StartsWith("- ", StringComparison.Ordinal));
    }

    [Fact]
    public void EveryBadSettingIsNamedOnItsOwnLine()
    {
        var settings = FunctionsApp.Settings("UseDevelopmentStorage=true", graph, "sd");
        settings["SuggestionDesk:Cloud"] = "Mars";
        settings["SuggestionDesk:OfficeMailbox"] = "office at example";
        settings["SuggestionDesk:CommitteeRecipients"] = "";
        settings["ReminderSchedule"] = "every morning";
        settings.Remove("SuggestionDesk:StorageConnectionString");
        settings.Remove("DigestSchedule");

        var problems = Assert.Throws<InvalidOperationException>(() => FunctionsApp.Start(settings, new DateOnly(2026, 10, 9))).Message;

        Assert.Contains("SuggestionDesk__Cloud: 'Mars'", problems, StringComparison.Ordinal);
        Assert.Contains("SuggestionDesk__OfficeMailbox: 'office at example'", problems, StringComparison.Ordinal);
        Assert.Contains("SuggestionDesk__CommitteeRecipients: missing", problems, StringComparison.Ordinal);
        Assert.Contains("ReminderSchedule: 'every morning'", problems, StringComparison.Ordinal);
        Assert.Contains("DigestSchedule: missing", problems, StringComparison.Ordinal);
        Assert.Contains("SuggestionDesk__TableEndpoint: missing", problems, StringComparison.Ordinal);
        Assert.Contains("SuggestionDesk__BlobEndpoint: missing", problems, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSettingsExampleNamesEverySettingTheAppReads()
    {
        var example = File.ReadAllText(Path.Combine(Repository.Root, "functions", "SuggestionDesk.Functions", "local.settings.json.example"));
        var names = typeof(DeskSettings).GetProperties().Where(p => p.CanWrite).Select(p => $"SuggestionDesk__{p.Name}").Concat(SettingsCheck.Schedules);

        Assert.All(names, name => Assert.Contains($"\"{name}\"", example, StringComparison.Ordinal));
    }
}
