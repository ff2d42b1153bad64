using System.Globalization;
using SuggestionDesk.Calendar;
using SuggestionDesk.Reminders;

namespace SuggestionDesk.Core.Tests.Reminders;

/// <summary>Planners, items and day-by-day runs for the reminder tests, on the built-in calendar unless told otherwise.</summary>
internal static class Reminding
{
    public const string Office = "duban@example.gov.cn";
    public const string PlanningHead = "head.planning@example.gov.cn";
    public const string Lisi = "lisi@example.gov.cn";

    public static readonly HashSet<ReminderKey> NothingSent = [];

    private static readonly ChangeContext By = TestClock.As();

    public static ReminderDirectory Directory(bool head = true, bool office = true) => new(
        office ? Office : null,
        head ? new Dictionary<string, string> { ["规划发展处"] = PlanningHead } : new Dictionary<string, string>());

    public static ReminderPlanner Planner(ReminderPolicy? policy = null, ReminderDirectory? directory = null, WorkingDayCalendar? calendar = null) => new(
        new ItemDeadlines(DeadlinePolicy.Default, calendar ?? WorkingDayCalendar.BuiltIn),
        policy ?? ReminderPolicy.Default with { WeeklyDigest = false },
        directory ?? Directory());

    /// <summary>A Lead item assigned and signed for on <paramref name="assigned"/>: its reply is due 3 months later.</summary>
    public static SuggestionItem Signed(string assigned, string number = "20210347", string? owner = Lisi, string officer = "李四")
    {
        var item = Unsigned(assigned, number, owner, officer);
        item.SignFor(DateOnly.Parse(assigned, CultureInfo.InvariantCulture), By);
        return item;
    }

    /// <summary>A Lead item assigned on <paramref name="assigned"/> and not signed for: sign-for due 3 working days later.</summary>
    public static SuggestionItem Unsigned(string assigned, string number = "20210347", string? owner = Lisi, string officer = "李四") =>
        SuggestionItem.Create(Spec(number) with { AssignedOn = DateOnly.Parse(assigned, CultureInfo.InvariantCulture), OwnerEmail = owner, Owner = officer }, By);

    public static HashSet<ReminderKey> Sent(ReminderPlan plan) => plan.Messages.SelectMany(m => m.Keys).ToHashSet();

    /// <summary>
    /// Runs every day from <paramref name="from"/> to <paramref name="to"/> with the log kept between runs, and says what
    /// <paramref name="recipient"/> was sent, e.g. "2026-09-30 Reply D-1 Break".
    /// </summary>
    public static IReadOnlyList<string> Schedule(ReminderPlanner planner, SuggestionItem[] items, string from, string to, string recipient = Lisi)
    {
        var sent = new HashSet<ReminderKey>();
        var schedule = new List<string>();
        for (var day = DateOnly.Parse(from, CultureInfo.InvariantCulture); day <= DateOnly.Parse(to, CultureInfo.InvariantCulture); day = day.AddDays(1))
        {
            var plan = planner.Plan(items, day, sent);
            foreach (var line in plan.Messages.Where(m => m.Recipient == recipient).SelectMany(m => m.Reminders).SelectMany(s => s.Lines))
            {
                var warned = line.Break is null || line.Stage.Kind == ReminderKind.BeforeBreak ? string.Empty : " Break";
                schedule.Add($"{day:yyyy-MM-dd} {line.Clock} {line.Stage}{warned}");
            }

            sent.UnionWith(Sent(plan));
        }

        return schedule;
    }
}
