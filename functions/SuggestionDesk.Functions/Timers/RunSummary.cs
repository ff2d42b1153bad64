using Microsoft.Extensions.Logging;
using SuggestionDesk.Runs;

namespace SuggestionDesk.Functions.Timers;

/// <summary>
/// The one line each run logs at Information, <c>SuggestionDesk run: Reminders run for 2026-10-09 by Reminders:
/// Succeeded; 12 planned, 12 sent, 0 failed, 1 not addressed</c>: what the alert rules in <c>infra/</c> read in
/// Application Insights (a failed run; no run that succeeded, or found nothing due on a day off, for 26 hours).
/// </summary>
public static class RunSummary
{
    /// <summary>What every summary line begins with.</summary>
    public const string Prefix = "SuggestionDesk run: ";

    /// <summary>Logs <paramref name="record"/>'s summary at Information (failed runs too: the alert reads the outcome in the line).</summary>
    public static void Log(ILogger log, RunRecord? record)
    {
        ArgumentNullException.ThrowIfNull(log);
        if (record is null)
        {
            return;
        }

        log.LogInformation("SuggestionDesk run: {RunSummary}", record.Summary);
    }
}
