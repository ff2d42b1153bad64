using Microsoft.Extensions.DependencyInjection;
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
        settings["SuggestionDesk:Language"] = "English";
        settings.Remove("SuggestionDesk:SenderMailbox");

        var error = Assert.Throws<InvalidOperationException>(() => FunctionsApp.Start(settings, new DateOnly(2026, 10, 9)));

        Assert.Contains("SuggestionDesk__SenderMailbox: missing", error.Message, StringComparison.Ordinal);
        Assert.Single(error.Message.Split('\n'), l => l.TrimStart().StartsWith("- ", StringComparison.Ordinal));
    }

    [Fact]
    public void EveryBadSettingIsNamedOnItsOwnLine()
    {
        var settings = FunctionsApp.Settings("UseDevelopmentStorage=true", graph, "sd");
        settings["SuggestionDesk:Language"] = "English";
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

    [Theory]
    [InlineData("督办室 <duban@example.gov.cn>")]
    [InlineData("\"Duban\" duban@example.gov.cn")]
    [InlineData("duban@localhost")]
    [InlineData("duban")]
    public void ASenderThatIsNotAPlainAddressStopsStartUpNamingTheSetting(string sender)
    {
        var settings = FunctionsApp.Settings("UseDevelopmentStorage=true", graph, "sd");
        settings["SuggestionDesk:SenderMailbox"] = sender;
        settings["SuggestionDesk:Language"] = "English";

        var error = Assert.Throws<InvalidOperationException>(() => FunctionsApp.Start(settings, new DateOnly(2026, 10, 9)));

        Assert.Contains($"SuggestionDesk__SenderMailbox: '{sender}' is not a plain e-mail address", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SettingsAreReadOnceByTheRulesTheRestOfTheCodeUses()
    {
        var settings = FunctionsApp.Settings("UseDevelopmentStorage=true", graph, "sd");
        settings["SuggestionDesk:Cloud"] = "AzureChinaCloud";
        settings["SuggestionDesk:Language"] = "英文";
        settings["SuggestionDesk:Transport"] = " outbox ";
        settings["SuggestionDesk:OutboxPath"] = Path.GetTempPath();
        settings["SuggestionDesk:SenderMailbox"] = " duban@example.gov.cn ";

        await using var app = FunctionsApp.Start(settings, new DateOnly(2026, 10, 9));
        var options = app.Services.GetRequiredService<DeskOptions>();

        Assert.Same(Graph.GraphCloud.China, options.Cloud);
        Assert.Equal(Language.English, options.Language);
        Assert.True(options.UseOutbox);
        Assert.Equal("duban@example.gov.cn", options.SenderMailbox);
        Assert.Equal(["renda.weiyuanhui@example.gov.cn", "mishuchu@example.gov.cn"], options.Committee);
        Assert.IsType<Mail.OutboxMailSender>(app.Services.GetRequiredService<Ports.IMailSender>());
    }

    [Fact]
    public void ACommitteeRecipientWithADisplayNameStopsStartUp()
    {
        var settings = FunctionsApp.Settings("UseDevelopmentStorage=true", graph, "sd");
        settings["SuggestionDesk:CommitteeRecipients"] = "renda@example.gov.cn; 秘书处 <mishuchu@example.gov.cn>";
        settings["SuggestionDesk:Language"] = "English";

        var error = Assert.Throws<InvalidOperationException>(() => FunctionsApp.Start(settings, new DateOnly(2026, 10, 9)));

        Assert.Contains("SuggestionDesk__CommitteeRecipients: '秘书处 <mishuchu@example.gov.cn>' is not an e-mail address", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SettingsProblemsReadInTheAppsLanguageChineseByDefault()
    {
        var settings = FunctionsApp.Settings("UseDevelopmentStorage=true", graph, "sd");
        settings.Remove("SuggestionDesk:Language");
        settings["SuggestionDesk:SenderMailbox"] = "督办室 <duban@example.gov.cn>";
        settings["ReminderSchedule"] = "every day";
        var before = System.Globalization.CultureInfo.CurrentUICulture;

        var error = Assert.Throws<InvalidOperationException>(() => FunctionsApp.Start(settings, new DateOnly(2026, 10, 9)));

        Assert.StartsWith("SuggestionDesk 无法启动：请修正以下应用设置（参见 local.settings.json.example）：", error.Message, StringComparison.Ordinal);
        Assert.Contains(
            "  - SuggestionDesk__SenderMailbox：'督办室 <duban@example.gov.cn>' 不是单纯的电子邮箱地址（不带显示名称和尖括号）。请给出发送提醒所用的邮箱，如 duban@example.gov.cn。",
            error.Message,
            StringComparison.Ordinal);
        Assert.Contains("ReminderSchedule：'every day' 不是六段式的 NCRONTAB 表达式", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, System.Globalization.CultureInfo.CurrentUICulture);
    }

    [Fact]
    public void AReportFontFolderThatIsNotThereStopsStartUpNamingIt()
    {
        var settings = FunctionsApp.Settings("UseDevelopmentStorage=true", graph, "sd");
        settings["SuggestionDesk:ReportFontFolder"] = "no-such-office-fonts";
        settings["SuggestionDesk:Language"] = "English";

        var error = Assert.Throws<InvalidOperationException>(() => FunctionsApp.Start(settings, new DateOnly(2026, 10, 9)));

        Assert.Contains($"SuggestionDesk__ReportFontFolder: the folder '{Path.Combine(AppContext.BaseDirectory, "no-such-office-fonts")}' does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheReportIsRenderedWithTheFontsOfTheFolderTheSettingNames()
    {
        var fonts = Directory.CreateTempSubdirectory("sd-app-fonts-").FullName;
        try
        {
            File.WriteAllBytes(Path.Combine(fonts, "simfang.ttf"), OfficeFontFiles.Renamed("gbsn00lp.ttf", "FangSong", "仿宋"));
            var settings = FunctionsApp.Settings("UseDevelopmentStorage=true", graph, "sd");
            settings["SuggestionDesk:ReportFontFolder"] = fonts;

            await using var app = FunctionsApp.Start(settings, new DateOnly(2026, 10, 9));
            var renderer = Assert.IsType<Pdf.PdfReportRenderer>(app.Services.GetRequiredService<Ports.IReportRenderer>());

            Assert.Equal(fonts, app.Services.GetRequiredService<DeskOptions>().ReportFontFolder);
            Assert.Equal("正文 body: FangSong 仿宋 (simfang.ttf)", renderer.Fonts.Choices.Single(c => c.Role == Pdf.ReportFontRole.Body).Text);
        }
        finally
        {
            Directory.Delete(fonts, recursive: true);
        }
    }
}
