using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using SuggestionDesk.Reminders;

namespace SuggestionDesk.Functions.Timers;

/// <summary>The reminder timers. Schedules are app settings in UTC; the planner decides whether today is a working day.</summary>
public sealed class ReminderFunctions(ReminderRun run, ILogger<ReminderFunctions> log)
{
    /// <summary>Every day (default 01:00 UTC, 09:00 in China): stage reminders and escalations. Nothing on a non-working day.</summary>
    [Function("Reminders")]
    public Task RemindersAsync([TimerTrigger("%ReminderSchedule%")] TimerInfo timer, CancellationToken cancellationToken)
    {
        LogPastDue(timer, "Reminders");
        return run.RunAsync(ReminderScope.Reminders, cancellationToken);
    }

    /// <summary>Every day (default 01:30 UTC): the weekly digest, which the planner sends on the first working day of the week only.</summary>
    [Function("Digest")]
    public Task DigestAsync([TimerTrigger("%DigestSchedule%")] TimerInfo timer, CancellationToken cancellationToken)
    {
        LogPastDue(timer, "Digest");
        return run.RunAsync(ReminderScope.Digest, cancellationToken);
    }

    // A late firing runs as usual: the log leaves out what was sent, and today's plan covers a missed day.
    private void LogPastDue(TimerInfo timer, string name)
    {
        if (timer.IsPastDue)
        {
            log.LogInformation("{Function} fired past due (last {Last}); running for today", name, timer.ScheduleStatus?.Last);
        }
    }
}
