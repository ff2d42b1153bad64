using System.Globalization;
using System.Text;

namespace SuggestionDesk.Benchmarks;

/// <summary>
/// The table of docs/performance.md a reader understands without the bench: what a user waits for, in seconds, on
/// localhost and with 10 ms added to every request (a typical office-to-region round trip), from the same run.
/// </summary>
internal static class UserWaits
{
    public static string Table(BenchContext context)
    {
        var latency = context.ImportLatency();
        var cmdlets = context.Cmdlets();
        var reminders = context.ReminderRuns();
        var text = new StringBuilder();
        text.AppendLine("## What a user waits for");
        text.AppendLine();
        text.AppendLine("Seconds, from the same run: on this machine against Azurite on localhost, and with 10 ms added to every request");
        text.AppendLine("(a typical round trip from an office to an Azure region; Azure's own service time is not simulated). The import runs");
        text.AppendLine("as Import-Suggestion does (file read, checked against the store, written with 3 chunks of 1,000 items in flight and");
        text.AppendLine("4 transactions in flight per chunk); the others run as cmdlets in a session that has run one command before.");
        text.AppendLine();
        text.AppendLine("| what | localhost | 10 ms per request |");
        text.AppendLine("| --- | --- | --- |");
        Row(text, "importing a 1,000-row ledger", latency.Thousand.Elapsed.TotalSeconds, latency.ThousandRtt10.Elapsed.TotalSeconds);
        Row(text, "importing a 10,000-row ledger", context.Imports().Elapsed.TotalSeconds, latency.Rtt10.Elapsed.TotalSeconds);
        Row(text, "listing 10,000 items (`Get-Suggestion`)", cmdlets.GetMilliseconds / 1000, cmdlets.GetRtt10Milliseconds / 1000);
        Row(text, $"a reminder run over {reminders.Open:N0} open items (100,000 closed stored; the day's second run)", reminders.SecondRunSeconds, reminders.Rtt10RunSeconds);
        Row(text, "a 1,000-item report (`New-SuggestionReport`, PDF)", latency.ReportSeconds, latency.ReportRtt10Seconds);
        return text.ToString();
    }

    private static void Row(StringBuilder text, string what, double local, double delayed) =>
        text.AppendLine(CultureInfo.InvariantCulture, $"| {what} | {local:0.0} | {delayed:0.0} |");
}
