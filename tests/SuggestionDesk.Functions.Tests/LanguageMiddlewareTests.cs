using System.Globalization;
using Microsoft.Extensions.Configuration;
using SuggestionDesk.Functions.Hosting;
using SuggestionDesk.Functions.Settings;

namespace SuggestionDesk.Functions.Tests;

/// <summary>Functions run in the language of the Language setting, and the host's culture is left as it was.</summary>
public sealed class LanguageMiddlewareTests
{
    [Theory]
    [InlineData("Chinese", "zh-CN", "已于 2021-03-05 签收")]
    [InlineData("中文", "zh-CN", "已于 2021-03-05 签收")]
    [InlineData("English", "en-US", "it was already signed for on 2021-03-05")]
    public async Task AFunctionRunsInTheLanguageOfTheSetting(string setting, string culture, string refusal)
    {
        var configuration = Configuration(setting);
        var settings = configuration.GetSection(DeskSettings.Section).Get<DeskSettings>()!;
        var options = DeskOptions.Read(settings, configuration, out var problems) ?? throw new InvalidOperationException(string.Join("; ", problems));
        var before = CultureInfo.CurrentUICulture;
        string? seen = null;
        string? message = null;

        await new LanguageMiddleware(options).Invoke(null!, async _ =>
        {
            await Task.Yield();
            seen = CultureInfo.CurrentUICulture.Name;
            message = Refusal();
        });

        Assert.Equal(culture, seen);
        Assert.Contains(refusal, message, StringComparison.Ordinal);
        Assert.Equal(before, CultureInfo.CurrentUICulture);
    }

    // A refusal of the core, made where the function's work runs.
    private static string Refusal()
    {
        var item = SuggestionItem.Create(SuggestionDesk.Testing.Items.Spec("2021/0347") with { AssignedOn = new DateOnly(2021, 3, 5) }, TestClock.As());
        item.SignFor(new DateOnly(2021, 3, 5), TestClock.As());
        return Assert.Throws<ItemRuleException>(() => item.SignFor(new DateOnly(2021, 3, 6), TestClock.As())).Message;
    }

    private static IConfiguration Configuration(string language) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["SuggestionDesk:Language"] = language,
            ["SuggestionDesk:StorageConnectionString"] = "UseDevelopmentStorage=true",
            ["SuggestionDesk:SenderMailbox"] = "duban@example.gov.cn",
            ["SuggestionDesk:OfficeMailbox"] = "office@example.gov.cn",
            ["SuggestionDesk:CommitteeRecipients"] = "renda.weiyuanhui@example.gov.cn",
            ["ReminderSchedule"] = "0 0 1 * * *",
            ["DigestSchedule"] = "0 30 1 * * *",
            ["ReportSchedule"] = "0 0 2 1 * *",
        }).Build();
}
