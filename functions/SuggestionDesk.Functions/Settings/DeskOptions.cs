using Microsoft.Extensions.Configuration;
using SuggestionDesk.Graph;
using SuggestionDesk.Items;

namespace SuggestionDesk.Functions.Settings;

/// <summary>
/// The app settings read once, at start-up, by the rules the rest of the code uses: addresses by the core's
/// <see cref="EmailRule"/>, the cloud by <see cref="Graph.GraphCloud.Parse"/>, the language by
/// <see cref="LanguageNames"/>, the schedules by the host's parser. What the timers and the senders use comes from
/// here, so a value that starts the app is the value every run gets, and none is read again per message.
/// </summary>
public sealed record DeskOptions
{
    /// <summary>The Graph cloud.</summary>
    public required GraphCloud Cloud { get; init; }

    /// <summary>Whether messages go to .eml files (<c>Outbox</c>) rather than through Graph.</summary>
    public required bool UseOutbox { get; init; }

    /// <summary>The mailbox everything is sent as, a plain address.</summary>
    public required string SenderMailbox { get; init; }

    /// <summary>The supervising office's mailbox, a plain address.</summary>
    public required string OfficeMailbox { get; init; }

    /// <summary>The committee's recipients of the report, plain addresses.</summary>
    public required IReadOnlyList<string> Committee { get; init; }

    /// <summary>The language the messages and the report are written in.</summary>
    public required Language Language { get; init; }

    /// <summary>The folder of the office's own fonts for the report, a full path; null for the bundled fonts.</summary>
    public string? ReportFontFolder { get; init; }

    /// <summary>
    /// Reads <paramref name="settings"/> and the schedules in <paramref name="configuration"/>: the options, or
    /// <see langword="null"/> with one sentence per bad or missing setting in <paramref name="problems"/>.
    /// </summary>
    public static DeskOptions? Read(DeskSettings settings, IConfiguration configuration, out IReadOnlyList<string> problems)
    {
        ArgumentNullException.ThrowIfNull(settings);
        problems = SettingsCheck.Problems(settings, configuration);
        if (problems.Count > 0)
        {
            return null;
        }

        return new DeskOptions
        {
            Cloud = GraphCloud.Parse(settings.Cloud),
            UseOutbox = settings.Transport!.Trim().Equals("Outbox", StringComparison.OrdinalIgnoreCase),
            SenderMailbox = settings.SenderMailbox!.Trim(),
            OfficeMailbox = settings.OfficeMailbox!.Trim(),
            Committee = settings.Committee,
            Language = LanguageNames.Words.TryRead(settings.Language, out var language) ? language : Language.Chinese,
            ReportFontFolder = FontFolder(settings),
        };
    }

    /// <summary>The font folder setting as a full path, a relative one taken from the app's folder; null when empty.</summary>
    internal static string? FontFolder(DeskSettings settings) =>
        string.IsNullOrWhiteSpace(settings.ReportFontFolder) ? null : Path.GetFullPath(settings.ReportFontFolder.Trim(), AppContext.BaseDirectory);
}
