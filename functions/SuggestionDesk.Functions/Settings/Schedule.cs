using NCrontab;

namespace SuggestionDesk.Functions.Settings;

/// <summary>
/// A timer's schedule read the way the Functions host reads it: NCrontab with seconds, six fields. A schedule this
/// refuses would stop the host's listener for that timer without a word to the office, so start-up refuses it first.
/// </summary>
public static class Schedule
{
    /// <summary>The schedule <paramref name="value"/> names, or <see langword="null"/> when it is not a six-field NCRONTAB expression within its ranges.</summary>
    /// <param name="value">The setting's value, e.g. <c>0 0 1 * * *</c>.</param>
    public static CrontabSchedule? Parse(string? value)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length != 6)
        {
            return null;
        }

        return CrontabSchedule.TryParse(trimmed, new CrontabSchedule.ParseOptions { IncludingSeconds = true });
    }
}
