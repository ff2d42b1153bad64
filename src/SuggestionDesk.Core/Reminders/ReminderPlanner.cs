using SuggestionDesk.Calendar;
using SuggestionDesk.Items;

namespace SuggestionDesk.Reminders;

/// <summary>
/// Plans a run's reminders (no I/O): for each open item's running clocks, the stage due on the run's date,
/// to the owner, escalating to the department head and the office while overdue; the evaluation chase; and
/// on the first working day of the week the digest. One message per person; nothing already in the log;
/// nothing on a non-working day.
/// </summary>
public sealed class ReminderPlanner(ItemDeadlines deadlines, ReminderPolicy policy, ReminderDirectory directory)
{
    private readonly DueDateCalculator calculator = new(deadlines.Calendar);

    /// <summary>The plan for <paramref name="asOf"/>, leaving out what <paramref name="alreadySent"/> holds.</summary>
    public ReminderPlan Plan(IEnumerable<SuggestionItem> openItems, DateOnly asOf, IReadOnlySet<ReminderKey> alreadySent) =>
        Plan(openItems, asOf, alreadySent, ReminderScope.All);

    /// <summary>The plan of <paramref name="scope"/> for <paramref name="asOf"/>, leaving out what <paramref name="alreadySent"/> holds.</summary>
    public ReminderPlan Plan(IEnumerable<SuggestionItem> openItems, DateOnly asOf, IReadOnlySet<ReminderKey> alreadySent, ReminderScope scope)
    {
        ArgumentNullException.ThrowIfNull(openItems);
        ArgumentNullException.ThrowIfNull(alreadySent);
        var day = deadlines.Calendar.Day(asOf);
        if (!day.IsWorkingDay)
        {
            return new ReminderPlan(asOf, $"{asOf:yyyy-MM-dd} is not a working day ({day.Reason}); the next working day's run covers it.", [], []);
        }

        var items = openItems.Where(i => i.IsOpen).ToArray();
        var mail = new MessageBuilder(alreadySent);
        var unaddressed = new List<ReminderLine>();
        foreach (var item in scope == ReminderScope.Digest ? [] : items)
        {
            foreach (var (line, stageDate) in LinesFor(item, asOf))
            {
                foreach (var (recipient, role) in RecipientsFor(item, line))
                {
                    if (recipient is null)
                    {
                        unaddressed.Add(line);
                        continue;
                    }

                    mail.Add(recipient, role, line, new ReminderKey(recipient.ToLowerInvariant(), item.Number.Value, line.Clock, line.Stage.ToString(), stageDate));
                }
            }
        }

        if (scope != ReminderScope.Reminders && policy.WeeklyDigest && IsFirstWorkingDayOfWeek(asOf))
        {
            AddDigests(mail, items, asOf);
        }

        return new ReminderPlan(asOf, null, mail.Build(), unaddressed.Distinct().ToArray());
    }

    private IEnumerable<(ReminderLine Line, DateOnly StageDate)> LinesFor(SuggestionItem item, DateOnly asOf)
    {
        foreach (var deadline in deadlines.Running(item, asOf).Where(d => !d.IsWindow))
        {
            if (StageOn(deadline.Due, asOf) is { } stage)
            {
                var status = deadline.StatusOn(asOf, deadlines.Calendar);
                yield return (new ReminderLine(item.Number, item.Title, item.Department, item.Owner, deadline.Clock.ToString(), deadline.Clock.ChineseName(),
                    deadline.Due, stage.Stage, status, deadline.ExplainEnglish(), deadline.ExplainChinese()), stage.Date);
            }
        }

        if (EvaluationChase(item, asOf) is { } chase)
        {
            yield return chase;
        }
    }

    /// <summary>
    /// The stage due on <paramref name="asOf"/>: overdue after the due date; otherwise the stage closest to the
    /// due date whose send date has come (a stage on a non-working day is sent on the next working day, and a
    /// run that was skipped is covered by the next one; the log keeps each stage to one sending).
    /// </summary>
    private (ReminderStage Stage, DateOnly Date)? StageOn(DateOnly due, DateOnly asOf)
    {
        if (asOf > due)
        {
            return (new ReminderStage(ReminderKind.Overdue), asOf);
        }

        foreach (var days in policy.StagesBeforeDue.Order())
        {
            var sendOn = deadlines.Calendar.NextWorkingDayFrom(due.AddDays(-days));
            if (sendOn <= asOf)
            {
                return (days == 0 ? new ReminderStage(ReminderKind.DueToday) : new ReminderStage(ReminderKind.BeforeDue, days), sendOn);
            }
        }

        return null;
    }

    /// <summary>A reply without its evaluation after the chase period: ask the owner, once, to follow up with the deputy.</summary>
    private (ReminderLine Line, DateOnly StageDate)? EvaluationChase(SuggestionItem item, DateOnly asOf)
    {
        if (item.Status != ItemStatus.Replied || item.LastReply is not { } reply)
        {
            return null;
        }

        var due = calculator.Compute(reply.Date, policy.EvaluationChase);
        if (due.Date > asOf)
        {
            return null;
        }

        var deadline = new Deadline(DeadlineClock.Reply, reply.Date, ItemDeadlines.ReplyEvent, due, null, null);
        var status = deadline.StatusOn(asOf, deadlines.Calendar);
        var english = $"The deputy's evaluation has not come back {policy.EvaluationChase} after the reply of {reply.Date:yyyy-MM-dd} (due {due.Date:yyyy-MM-dd}); please follow up with the deputy.";
        var chinese = $"答复（{reply.Date:yyyy-MM-dd}）后{policy.EvaluationChase.ToChinese()}仍未收到代表评价（{due.Date:yyyy-MM-dd}），请与代表沟通跟进。";
        return (new ReminderLine(item.Number, item.Title, item.Department, item.Owner, "EvaluationChase", "评价跟进", due.Date,
            new ReminderStage(ReminderKind.EvaluationChase), status, english, chinese), due.Date);
    }

    /// <summary>The owner always; while overdue, the head and then the office too. A null address means nobody to send to.</summary>
    private IEnumerable<(string? Recipient, RecipientRole Role)> RecipientsFor(SuggestionItem item, ReminderLine line)
    {
        yield return (item.OwnerEmail, RecipientRole.Owner);
        if (line.Stage.Kind != ReminderKind.Overdue)
        {
            yield break;
        }

        if (line.Status.WorkingDaysLate >= policy.HeadAfterWorkingDaysLate && directory.HeadOf(item.Department) is { } head)
        {
            yield return (head, RecipientRole.DepartmentHead);
        }

        if (line.Status.WorkingDaysLate >= policy.OfficeAfterWorkingDaysLate && directory.Office is { } office)
        {
            yield return (office, RecipientRole.Office);
        }
    }

    private void AddDigests(MessageBuilder mail, IReadOnlyList<SuggestionItem> items, DateOnly asOf)
    {
        var entries = items.Select(i =>
        {
            var next = deadlines.Next(i, asOf);
            var chase = i is { Status: ItemStatus.Replied, LastReply: { } reply }
                ? new Deadline(DeadlineClock.Reply, reply.Date, ItemDeadlines.ReplyEvent, calculator.Compute(reply.Date, policy.EvaluationChase), null, null)
                : null;
            return new DigestItem(i.Number, i.Title, i.Department, i.Owner, i.Status, next, next?.StatusOn(asOf, deadlines.Calendar))
            {
                FollowUpPending = i.FollowUpPending,
                EvaluationChase = chase?.Due,
                EvaluationChaseStatus = chase?.StatusOn(asOf, deadlines.Calendar),
            };
        }).ToArray();
        if (directory.Office is { } office)
        {
            mail.Add(office, new DigestSection(RecipientRole.Office, null, Group(entries)), new ReminderKey(office.ToLowerInvariant(), "*", "Digest", "Weekly", asOf));
        }

        foreach (var department in entries.GroupBy(e => e.Department, StringComparer.Ordinal))
        {
            if (directory.HeadOf(department.Key) is { } head)
            {
                mail.Add(head, new DigestSection(RecipientRole.DepartmentHead, department.Key, Group(department)),
                    new ReminderKey(head.ToLowerInvariant(), "*", "Digest:" + department.Key, "Weekly", asOf));
            }
        }
    }

    private static IReadOnlyList<IGrouping<ItemStatus, DigestItem>> Group(IEnumerable<DigestItem> entries) =>
        entries.OrderBy(e => e.Number).GroupBy(e => e.Status).OrderBy(g => g.Key).ToArray();

    /// <summary>Monday, or the first working day after it when Monday is a holiday.</summary>
    private bool IsFirstWorkingDayOfWeek(DateOnly asOf)
    {
        var monday = asOf.AddDays(-(((int)asOf.DayOfWeek + 6) % 7));
        return deadlines.Calendar.NextWorkingDayFrom(monday) == asOf;
    }
}
