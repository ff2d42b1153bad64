using System.Diagnostics;
using System.Text;
using Azure.Data.Tables;
using SuggestionDesk.Calendar;
using SuggestionDesk.Items;
using SuggestionDesk.Spreadsheets;
using SuggestionDesk.Reminders;
using SuggestionDesk.Services;
using SuggestionDesk.Storage;

namespace SuggestionDesk.Benchmarks;

/// <summary>
/// <c>reminder_reads_per_open_item</c>: entities read by one reminder run (calendar, policy, open items, log,
/// directory: everything <see cref="ReminderService.PlanAsync(DateOnly, CancellationToken)"/> and its host read)
/// ÷ open items, in a store holding ten years of closed items (100,000) and 1,000 open ones (<see cref="ReminderStore"/>). Measured twice: on an
/// empty log, and on the next day after the first run's messages were recorded as sent, as a daily run finds it.
/// </summary>
internal sealed class ReminderReads(BenchContext context) : IBenchmark
{
    public string Name => "reminder_reads_per_open_item";

    public double Measure()
    {
        var (names, open) = context.Reminders();
        var counter = new EntityReadCounter();
        var options = new TableClientOptions();
        options.AddPolicy(counter, Azure.Core.HttpPipelinePosition.PerCall);
        var storage = SuggestionStorage.FromConnectionString(context.ConnectionString, names.Prefix, options);

        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, OfficeTime.China).DateTime);
        var first = Run(storage, counter, today, record: true);
        var next = Run(storage, counter, first.AsOf.AddDays(1), record: false);
        BenchContext.Detail($"reminder run on {first.AsOf:yyyy-MM-dd} (empty log): {first.Entities:N0} entities in {first.Requests:N0} GET requests, {first.Messages} messages planned");
        BenchContext.Detail($"reminder run on {next.AsOf:yyyy-MM-dd} (the log holds the first run's messages): {next.Entities:N0} entities in {next.Requests:N0} GET requests, {next.Messages} messages planned");
        return Math.Round(Math.Max(first.Entities, next.Entities) / (double)open, 2);
    }

    /// <summary>The run of the first working day from <paramref name="from"/> (on other days the planner sends nothing).</summary>
    private static (DateOnly AsOf, long Entities, long Requests, int Messages) Run(SuggestionStorage storage, EntityReadCounter counter, DateOnly from, bool record)
    {
        var asOf = from;
        ReminderPlan plan;
        while (true)
        {
            counter.Reset();
            plan = Task.Run(async () =>
            {
                var calendar = await new CalendarService(storage.Calendars, storage.Items, storage.DeadlinePolicies).LoadAsync();
                var policy = await storage.ReminderPolicies.GetAsync();
                var service = new ReminderService(storage.Items, storage.ReminderLog, storage.Directory, new ItemDeadlines(DeadlinePolicy.Default, calendar), policy, TimeProvider.System);
                return await service.PlanAsync(asOf);
            }).GetAwaiter().GetResult();
            if (plan.SkippedBecause is null || asOf > from.AddDays(14))
            {
                break;
            }

            asOf = asOf.AddDays(1);
        }

        var counted = (asOf, counter.Entities, counter.Requests, plan.Messages.Count);
        if (record)
        {
            Task.Run(async () =>
            {
                foreach (var message in plan.Messages)
                {
                    await storage.ReminderLog.RecordAsync(message.Keys, DateTimeOffset.UtcNow);
                }
            }).GetAwaiter().GetResult();
        }

        return counted;
    }
}
