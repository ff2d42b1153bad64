using System.Globalization;
using Microsoft.Extensions.Configuration;
using SuggestionDesk.Items;
using SuggestionDesk.Localization;

namespace SuggestionDesk.Functions.Settings;

/// <summary>
/// Checks the settings at start-up: one sentence per missing or bad setting, naming the app setting and what to give,
/// in the language of the current UI culture (<see cref="InLanguageOf{T}"/> reads them in the app's own language).
/// </summary>
public static class SettingsCheck
{
    /// <summary>The schedules, as app settings at the root.</summary>
    public static readonly string[] Schedules = ["ReminderSchedule", "DigestSchedule", "ReportSchedule"];

    /// <summary>What is wrong with <paramref name="settings"/> and the schedules in <paramref name="configuration"/>; empty when nothing.</summary>
    public static IReadOnlyList<string> Problems(DeskSettings settings, IConfiguration configuration)
    {
        var problems = new List<string>();
        void Add(string name, string problem) => problems.Add(MessageText.Format(Localization.Messages.SettingsProblem, name, problem));

        if (!IsCloud(settings.Cloud))
        {
            Add("SuggestionDesk__Cloud", MessageText.Format(Localization.Messages.SettingsCloudInvalid, settings.Cloud));
        }

        if (string.IsNullOrWhiteSpace(settings.StorageConnectionString))
        {
            if (settings.TableEndpoint is null)
            {
                Add("SuggestionDesk__TableEndpoint", Localization.Messages.SettingsTableEndpointMissing);
            }

            if (settings.BlobEndpoint is null)
            {
                Add("SuggestionDesk__BlobEndpoint", Localization.Messages.SettingsBlobEndpointMissing);
            }
        }

        foreach (var (name, endpoint) in new[] { ("SuggestionDesk__TableEndpoint", settings.TableEndpoint), ("SuggestionDesk__BlobEndpoint", settings.BlobEndpoint), ("SuggestionDesk__GraphEndpoint", settings.GraphEndpoint) })
        {
            if (endpoint is not null && (!endpoint.IsAbsoluteUri || (endpoint.Scheme != Uri.UriSchemeHttps && !endpoint.IsLoopback)))
            {
                Add(name, MessageText.Format(Localization.Messages.SettingsNotHttps, endpoint));
            }
        }

        if (!IsOneOf(settings.Transport?.Trim(), "Graph", "Outbox"))
        {
            Add("SuggestionDesk__Transport", MessageText.Format(Localization.Messages.SettingsTransportInvalid, settings.Transport));
        }
        else if (settings.Transport!.Trim().Equals("Outbox", StringComparison.OrdinalIgnoreCase) && string.IsNullOrWhiteSpace(settings.OutboxPath))
        {
            Add("SuggestionDesk__OutboxPath", Localization.Messages.SettingsOutboxMissing);
        }

        CheckMailbox(settings.SenderMailbox, "SuggestionDesk__SenderMailbox", Localization.Messages.SettingsSenderWhat, Add);
        CheckMailbox(settings.OfficeMailbox, "SuggestionDesk__OfficeMailbox", Localization.Messages.SettingsOfficeWhat, Add);
        if (settings.Committee.Count == 0)
        {
            Add("SuggestionDesk__CommitteeRecipients", Localization.Messages.SettingsCommitteeMissing);
        }

        foreach (var recipient in settings.Committee.Where(r => !IsAddress(r)))
        {
            Add("SuggestionDesk__CommitteeRecipients", MessageText.Format(Localization.Messages.SettingsNotAnAddress, recipient));
        }

        if (!LanguageNames.Words.TryRead(settings.Language, out _))
        {
            Add("SuggestionDesk__Language", MessageText.Format(Localization.Messages.SettingsLanguageInvalid, settings.Language, LanguageNames.Words.Expected));
        }

        if (DeskOptions.FontFolder(settings) is { } fonts && !Directory.Exists(fonts))
        {
            Add("SuggestionDesk__ReportFontFolder", MessageText.Format(Localization.Messages.SettingsFontFolderMissing, fonts));
        }

        problems.AddRange(ActionSettingsCheck.Problems(settings, configuration));
        foreach (var schedule in Schedules)
        {
            var value = configuration[schedule];
            if (string.IsNullOrWhiteSpace(value))
            {
                Add(schedule, Localization.Messages.SettingsScheduleMissing);
            }
            else if (Schedule.Parse(value) is null)
            {
                Add(schedule, MessageText.Format(Localization.Messages.SettingsScheduleInvalid, value));
            }
        }

        return problems;
    }

    private static void CheckMailbox(string? value, string name, string what, Action<string, string> add)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            add(name, MessageText.Format(Localization.Messages.SettingsMailboxMissing, what));
        }
        else if (!IsAddress(value))
        {
            add(name, MessageText.Format(Localization.Messages.SettingsMailboxNotPlain, value, what));
        }
    }

    /// <summary>
    /// Runs <paramref name="read"/> with the UI culture of the app's language setting (Chinese when it is not one), so
    /// the settings' problems read as the app's messages do: the UI culture flows into the core's and libraries' texts.
    /// </summary>
    public static T InLanguageOf<T>(DeskSettings settings, Func<T> read)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(read);
        var language = LanguageNames.Words.TryRead(settings.Language, out var chosen) ? chosen : Language.Chinese;
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = MessageText.CultureOf(language);
        try
        {
            return read();
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
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
