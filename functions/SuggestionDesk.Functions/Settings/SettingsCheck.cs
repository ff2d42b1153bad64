using Microsoft.Extensions.Configuration;
using SuggestionDesk.Items;

namespace SuggestionDesk.Functions.Settings;

/// <summary>Checks the settings at start-up: one sentence per missing or bad setting, naming the app setting and what to give.</summary>
public static class SettingsCheck
{
    /// <summary>The schedules, as app settings at the root.</summary>
    public static readonly string[] Schedules = ["ReminderSchedule", "DigestSchedule", "ReportSchedule"];

    /// <summary>What is wrong with <paramref name="settings"/> and the schedules in <paramref name="configuration"/>; empty when nothing.</summary>
    public static IReadOnlyList<string> Problems(DeskSettings settings, IConfiguration configuration)
    {
        var problems = new List<string>();
        void Add(string name, string problem) => problems.Add($"{name}: {problem}");

        if (!IsCloud(settings.Cloud))
        {
            Add("SuggestionDesk__Cloud", $"'{settings.Cloud}' is not a cloud. Give Global, or China for Microsoft 365 operated by 21Vianet.");
        }

        if (string.IsNullOrWhiteSpace(settings.StorageConnectionString))
        {
            if (settings.TableEndpoint is null)
            {
                Add("SuggestionDesk__TableEndpoint", "missing. Give the storage account's table endpoint, e.g. https://<account>.table.core.windows.net/.");
            }

            if (settings.BlobEndpoint is null)
            {
                Add("SuggestionDesk__BlobEndpoint", "missing. Give the storage account's blob endpoint, e.g. https://<account>.blob.core.windows.net/.");
            }
        }

        foreach (var (name, endpoint) in new[] { ("SuggestionDesk__TableEndpoint", settings.TableEndpoint), ("SuggestionDesk__BlobEndpoint", settings.BlobEndpoint), ("SuggestionDesk__GraphEndpoint", settings.GraphEndpoint) })
        {
            if (endpoint is not null && (!endpoint.IsAbsoluteUri || (endpoint.Scheme != Uri.UriSchemeHttps && !endpoint.IsLoopback)))
            {
                Add(name, $"'{endpoint}' is not an https address.");
            }
        }

        if (!IsOneOf(settings.Transport?.Trim(), "Graph", "Outbox"))
        {
            Add("SuggestionDesk__Transport", $"'{settings.Transport}' is not a transport. Give Graph, or Outbox for local runs.");
        }
        else if (settings.Transport!.Trim().Equals("Outbox", StringComparison.OrdinalIgnoreCase) && string.IsNullOrWhiteSpace(settings.OutboxPath))
        {
            Add("SuggestionDesk__OutboxPath", "missing. The Outbox transport needs the folder the .eml files are written to.");
        }

        CheckMailbox(settings.SenderMailbox, "SuggestionDesk__SenderMailbox", "the mailbox the reminders are sent as", Add);
        CheckMailbox(settings.OfficeMailbox, "SuggestionDesk__OfficeMailbox", "the supervising office's mailbox", Add);
        if (settings.Committee.Count == 0)
        {
            Add("SuggestionDesk__CommitteeRecipients", "missing. Give the standing committee's addresses for the report, separated by semicolons.");
        }

        foreach (var recipient in settings.Committee.Where(r => !IsAddress(r)))
        {
            Add("SuggestionDesk__CommitteeRecipients", $"'{recipient}' is not an e-mail address.");
        }

        if (!LanguageNames.Words.TryRead(settings.Language, out _))
        {
            Add("SuggestionDesk__Language", $"'{settings.Language}' is not a language. Give {LanguageNames.Words.Expected}.");
        }

        if (DeskOptions.FontFolder(settings) is { } fonts && !Directory.Exists(fonts))
        {
            Add("SuggestionDesk__ReportFontFolder", $"the folder '{fonts}' does not exist. Give the folder deployed with the app that holds the office's fonts (仿宋 simfang.ttf, 黑体 simhei.ttf, 楷体 simkai.ttf, 宋体 simsun.ttc, 方正小标宋简体), or leave it empty for the bundled fonts.");
        }

        problems.AddRange(ActionSettingsCheck.Problems(settings, configuration));
        foreach (var schedule in Schedules)
        {
            var value = configuration[schedule];
            if (string.IsNullOrWhiteSpace(value))
            {
                Add(schedule, "missing. Give a six-field NCRONTAB expression in UTC, e.g. '0 0 1 * * *' for 09:00 in China every day.");
            }
            else if (Schedule.Parse(value) is null)
            {
                Add(schedule, $"'{value}' is not a six-field NCRONTAB expression ({{second}} {{minute}} {{hour}} {{day}} {{month}} {{day-of-week}}, each in its range), e.g. '0 0 1 * * *'.");
            }
        }

        return problems;
    }

    private static void CheckMailbox(string? value, string name, string what, Action<string, string> add)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            add(name, $"missing. Give {what}, e.g. duban@example.gov.cn.");
        }
        else if (!IsAddress(value))
        {
            add(name, $"'{value}' is not a plain e-mail address (no display name, no angle brackets). Give {what}, e.g. duban@example.gov.cn.");
        }
    }

    // The core's rule, the one items and ledgers are held to: a plain address with a dotted domain.
    private static bool IsAddress(string value) => EmailRule.IsValid(value.Trim());

    private static bool IsCloud(string? name)
    {
        try
        {
            _ = Graph.GraphCloud.Parse(name);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static bool IsOneOf(string? value, params string[] allowed) =>
        allowed.Any(a => a.Equals(value, StringComparison.OrdinalIgnoreCase));
}
