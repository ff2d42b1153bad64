using System.Diagnostics;
using SuggestionDesk.Calendar;

namespace SuggestionDesk.Benchmarks;

/// <summary>
/// Reminder runs as users and the timer make them (Send-SuggestionReminder, in-process, mail to an outbox folder) on
/// the store of 100,000 closed and 1,000 open items: a first run on a working day sends and records; a second run on
/// the same day, which finds everything sent, is counted and timed; a third, with a round trip per request, is timed.
/// </summary>
internal sealed class ReminderRuns
{
    private ReminderRuns()
    {
    }

    public int Open { get; private init; }

    public int SecondRunRequests { get; private init; }

    public double SecondRunSeconds { get; private init; }

    public double Rtt10RunSeconds { get; private init; }

    public static ReminderRuns Measure(BenchContext context)
    {
        var (names, open) = context.Reminders();
        // A working day of its own, after the days the entity-count figure runs on.
        var day = WorkingDayCalendar.BuiltIn.NextWorkingDayFrom(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(21));
        var outbox = Path.Combine(context.WorkFolder, "outbox-" + names.Prefix);
        var script = $"Send-SuggestionReminder -AsOf {day:yyyy-MM-dd} -OutboxPath '{outbox}' -Confirm:$false | Out-Null";
        int requests;
        double first, second, rtt;
        using (var session = new InProcessSession(context, names.Prefix))
        {
            first = Time(() => session.Run(script));
            var sent = Directory.Exists(outbox) ? Directory.GetFiles(outbox).Length : 0;
            var watch = Stopwatch.StartNew();
            requests = session.Count(script).Count;
            second = watch.Elapsed.TotalSeconds;
            BenchContext.Detail($"Send-SuggestionReminder on {day:yyyy-MM-dd} over {open:N0} open items: first run {first:N1} s ({sent} messages to the outbox); second run the same day {second:N1} s, {requests:N0} requests");
        }

        using (var delayed = new InProcessSession(context, names.Prefix, RoundTrip.Azure))
        {
            rtt = Time(() => delayed.Run(script));
            BenchContext.Detail($"the same run again with {RoundTrip.Azure.TotalMilliseconds:N0} ms per request: {rtt:N1} s, {delayed.Counter.Count:N0} requests");
        }

        return new ReminderRuns { Open = open, SecondRunRequests = requests, SecondRunSeconds = second, Rtt10RunSeconds = rtt };
    }

    private static double Time(Action run)
    {
        var watch = Stopwatch.StartNew();
        run();
        return watch.Elapsed.TotalSeconds;
    }
}
