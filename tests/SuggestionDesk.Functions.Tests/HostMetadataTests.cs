using System.Reflection;
using System.Text.Json;
using SuggestionDesk.Functions.Settings;

namespace SuggestionDesk.Functions.Tests;

/// <summary>What the Functions host reads: the built functions.metadata, its timers and schedules, as the host will.</summary>
public sealed class HostMetadataTests
{
    private static readonly string[] Timers = ["Reminders", "Digest", "Report"];

    // The pages a reminder's links open: GET shows, POST acts, both on act/{token}, anonymous at the host (the page checks the token).
    private static readonly (string Name, string Method)[] Pages = [("ActionPage", "get"), ("ActionSubmit", "post")];

    [Fact]
    public void TheBuiltMetadataNamesEachTimerWithItsScheduleSettingAndAnEntryPointThatExists()
    {
        using var metadata = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "functions.metadata")));
        var entries = metadata.RootElement.EnumerateArray().ToArray();
        var app = typeof(Schedule).Assembly;

        Assert.Equal(Timers.Concat(Pages.Select(p => p.Name)).Order(StringComparer.Ordinal), entries.Select(e => e.GetProperty("name").GetString()).Order(StringComparer.Ordinal));
        foreach (var entry in entries)
        {
            var name = entry.GetProperty("name").GetString()!;
            Assert.Equal(app.GetName().Name + ".dll", entry.GetProperty("scriptFile").GetString());

            var entryPoint = entry.GetProperty("entryPoint").GetString()!;
            var split = entryPoint.LastIndexOf('.');
            var type = app.GetType(entryPoint[..split]);
            Assert.True(type is not null, $"{name}: the entry point's type {entryPoint[..split]} is not in {app.GetName().Name}.");
            Assert.NotNull(type.GetMethod(entryPoint[(split + 1)..], BindingFlags.Public | BindingFlags.Instance));

            if (Pages.FirstOrDefault(p => p.Name == name) is { Method: { } method })
            {
                var bindings = entry.GetProperty("bindings").EnumerateArray().ToArray();
                var trigger = Assert.Single(bindings, b => b.GetProperty("direction").GetString() == "In");
                Assert.Equal("httpTrigger", trigger.GetProperty("type").GetString());
                Assert.Equal("act/{token}", trigger.GetProperty("route").GetString());
                Assert.Equal([method], trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()));
                Assert.Equal("http", Assert.Single(bindings, b => b.GetProperty("direction").GetString() == "Out").GetProperty("type").GetString());
                continue;
            }

            var binding = Assert.Single(entry.GetProperty("bindings").EnumerateArray());
            Assert.Equal("timerTrigger", binding.GetProperty("type").GetString());
            Assert.Equal("In", binding.GetProperty("direction").GetString());
            var schedule = binding.GetProperty("schedule").GetString()!;
            Assert.Matches("^%[A-Za-z]+%$", schedule);
            Assert.Contains(schedule.Trim('%'), SettingsCheck.Schedules);
        }
    }

    [Fact]
    public void EveryScheduleTheExampleAndTheDeploymentGiveIsReadByTheHostsParser()
    {
        var example = File.ReadAllText(Path.Combine(Repository.Root, "functions", "SuggestionDesk.Functions", "local.settings.json.example"));
        using var values = JsonDocument.Parse(example);
        foreach (var name in SettingsCheck.Schedules)
        {
            var value = values.RootElement.GetProperty("Values").GetProperty(name).GetString();
            Assert.True(Schedule.Parse(value) is not null, $"{name} '{value}' in local.settings.json.example");
        }

        var bicep = File.ReadAllText(Path.Combine(Repository.Root, "infra", "main.bicep"));
        var defaults = System.Text.RegularExpressions.Regex.Matches(bicep, @"param (\w+Schedule) string = '([^']*)'");
        Assert.Equal(SettingsCheck.Schedules.Length, defaults.Count);
        Assert.All(defaults, d => Assert.True(Schedule.Parse(d.Groups[2].Value) is not null, $"{d.Groups[1].Value} '{d.Groups[2].Value}' in infra/main.bicep"));
    }

    [Theory]
    [InlineData("0 0 1 * * *", "2026-10-09T01:00:00")]
    [InlineData("0 30 1 * * *", "2026-10-09T01:30:00")]
    [InlineData("0 0 2 1 * *", "2026-11-01T02:00:00")]
    [InlineData("0 0 1 * * 1-5", "2026-10-09T01:00:00")]
    public void AScheduleIsReadAsTheHostReadsIt(string value, string next)
    {
        var schedule = Schedule.Parse(value);

        Assert.NotNull(schedule);
        Assert.Equal(DateTime.Parse(next, System.Globalization.CultureInfo.InvariantCulture), schedule.GetNextOccurrence(new DateTime(2026, 10, 9, 0, 30, 0)));
    }

    [Theory]
    [InlineData("99 99 99 * * *")]
    [InlineData("0 0 25 * * *")]
    [InlineData("0 0 1 32 * *")]
    [InlineData("0 0 1 * 13 *")]
    [InlineData("0 0 1 * * 8")]
    [InlineData("0 0 1 * *")]
    [InlineData("0 0 1 * * * *")]
    [InlineData("a b c d e f")]
    [InlineData("")]
    public void AScheduleTheHostWouldRefuseIsRefused(string value) => Assert.Null(Schedule.Parse(value));

    [Fact]
    public void AnOutOfRangeScheduleStopsStartUpNamingTheSetting()
    {
        var settings = new Dictionary<string, string?>
        {
            ["SuggestionDesk:StorageConnectionString"] = "UseDevelopmentStorage=true",
            ["SuggestionDesk:SenderMailbox"] = "duban@example.gov.cn",
            ["SuggestionDesk:OfficeMailbox"] = "office@example.gov.cn",
            ["SuggestionDesk:CommitteeRecipients"] = "renda@example.gov.cn",
            ["SuggestionDesk:Language"] = "English",
            ["ReminderSchedule"] = "99 99 99 * * *",
            ["DigestSchedule"] = "0 30 1 * * *",
            ["ReportSchedule"] = "0 0 2 1 * *",
        };

        var error = Assert.Throws<InvalidOperationException>(() => FunctionsApp.Start(settings, new DateOnly(2026, 10, 9)));

        Assert.Contains("ReminderSchedule: '99 99 99 * * *'", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("DigestSchedule", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LocalSettingsAreNotCommitted()
    {
        var ignore = File.ReadAllLines(Path.Combine(Repository.Root, ".gitignore"));

        Assert.Contains(ignore, l => l.Trim() is "local.settings.json" or "**/local.settings.json");
    }
}
