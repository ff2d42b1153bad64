using SuggestionDesk.Calendar;

namespace SuggestionDesk.Mail.Tests;

/// <summary>Messages made by the real planner, and hand-made lines for count mixes the planner would need many items for.</summary>
internal static class Plans
{
    public const string Office = "duban@example.gov.cn";
    public const string PlanningHead = "head.planning@example.gov.cn";
    public const string OddHead = "head.odd@example.gov.cn";
    public const string OddDepartment = "研究&发展处";

    private static readonly ChangeContext By = TestClock.As();

    public static ReminderPlanner Planner(bool weeklyDigest = false) => new(
        new ItemDeadlines(DeadlinePolicy.Default, WorkingDayCalendar.BuiltIn),
        ReminderPolicy.Default with { WeeklyDigest = weeklyDigest },
        new ReminderDirectory(Office, new Dictionary<string, string> { ["规划发展处"] = PlanningHead, [OddDepartment] = OddHead }));

    public static ReminderPlan Plan(DateOnly asOf, params SuggestionItem[] items) => Planner().Plan(items, asOf, new HashSet<ReminderKey>());

    public static SuggestionItem Signed(string assigned, string number = "20210347", string? owner = "lisi@example.gov.cn",
        string department = "规划发展处", string? title = null, ItemKind kind = ItemKind.Suggestion)
    {
        var item = Unsigned(assigned, number, owner, department, title, kind);
        item.SignFor(DateOnly.Parse(assigned), By);
        return item;
    }

    /// <summary>Assigned and not signed for: its sign-for clock runs 3 working days.</summary>
    public static SuggestionItem Unsigned(string assigned, string number = "20210347", string? owner = "lisi@example.gov.cn",
        string department = "规划发展处", string? title = null, ItemKind kind = ItemKind.Suggestion)
    {
        var spec = Spec(number) with { AssignedOn = DateOnly.Parse(assigned), OwnerEmail = owner, Department = department, Kind = kind };
        return SuggestionItem.Create(title is null ? spec : spec with { Title = title }, By);
    }

    /// <summary>A message with the given number of lines of each kind, for subject lines.</summary>
    public static ReminderMessage WithCounts(int dueSoon, int dueToday, int overdue, int chases)
    {
        var lines = Enumerable.Repeat(ReminderKind.BeforeDue, dueSoon)
            .Concat(Enumerable.Repeat(ReminderKind.DueToday, dueToday))
            .Concat(Enumerable.Repeat(ReminderKind.Overdue, overdue))
            .Concat(Enumerable.Repeat(ReminderKind.EvaluationChase, chases))
            .Select((kind, i) => Line(kind, $"2021{i:0000}"))
            .ToList();
        return new ReminderMessage("lisi@example.gov.cn", [new ReminderSection(RecipientRole.Owner, lines)], [], []);
    }

    private static ReminderLine Line(ReminderKind kind, string number) => new(
        SuggestionNumber.Parse(number), "关于加强社区养老服务的建议", "规划发展处", "李四", "Reply", "答复", new DateOnly(2026, 12, 30),
        new ReminderStage(kind, kind == ReminderKind.BeforeDue ? 7 : 0), Status(kind),
        "3 months from the sign-for", "自签收起3个月");

    private static ReminderStatus Status(ReminderKind kind) => new(kind switch
    {
        ReminderKind.Overdue => new DeadlineStatus(DeadlineState.Overdue, -2, 2),
        ReminderKind.DueToday => new DeadlineStatus(DeadlineState.DueToday, 0, 0),
        _ => new DeadlineStatus(DeadlineState.DueSoon, 7, 0),
    }, DeadlineUnit.Months, 5);
}
