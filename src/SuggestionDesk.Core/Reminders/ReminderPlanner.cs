using SuggestionDesk.Calendar;
using SuggestionDesk.Items;
using SuggestionDesk.Localization;

namespace SuggestionDesk.Reminders;

/// <summary>
/// Plans a run's reminders (no I/O): for each open item's running clocks, the stage due on the run's date, to the
/// owner, escalating to the department head and the office while overdue; on the last working day before a break,
/// the warning of what falls due during it or just after it; the evaluation chase; and on the first working day of
/// the week the digest. One message per person; nothing already in the log; nothing on a non-working day. An owner
/// without an e-mail address is stood in for by the department head, else the office, and reported.
/// </summary>
public sealed class ReminderPlanner(ItemDeadlines deadlines, ReminderPolicy policy, ReminderDirectory directory)
{
    private readonly DueDateCalculator calculator = new(deadlines.Calendar);
    private readonly StageSchedule stages = new(policy, deadlines.Calendar);

    private WorkingDayCalendar Calendar => deadlines.Calendar;

    /// <summary>The plan for <paramref name="asOf"/>, leaving out what <paramref name="alreadySent"/> holds.</summary>
    public ReminderPlan Plan(IEnumerable<SuggestionItem> openItems, DateOnly asOf, IReadOnlySet<ReminderKey> alreadySent) =>
        Plan(openItems, asOf, alreadySent, ReminderScope.All);

    /// <summary>The plan of <paramref name="scope"/> for <paramref name="asOf"/>, leaving out what <paramref name="alreadySent"/> holds.</summary>
    public ReminderPlan Plan(IEnumerable<SuggestionItem> openItems, DateOnly asOf, IReadOnlySet<ReminderKey> alreadySent, ReminderScope scope)
    {
        ArgumentNullException.ThrowIfNull(openItems);
        ArgumentNullException.ThrowIfNull(alreadySent);
        var day = Calendar.Day(asOf);
        if (!day.IsWorkingDay)
        {
            return new ReminderPlan(asOf, MessageText.Format(Messages.ReminderNotAWorkingDay, asOf, day.Reason), [], []);
        }

        var items = openItems.Where(i => i.IsOpen).ToArray();
        var mail = new MessageBuilder(alreadySent);
        var unaddressed = new UnaddressedItems();
        var coming = HolidayBreak.After(asOf, Calendar, policy.BreakMinimumDays, policy.BreakLookAheadWorkingDays);
        foreach (var item in scope == ReminderScope.Digest ? [] : items)
        {
            foreach (var candidate in CandidatesFor(item, asOf, coming))
            {
                foreach (var (recipient, role) in RecipientsFor(item, candidate.Line))
                {
                    if (recipient is null)
                    {
                        unaddressed.Add(item, null, null, candidate.Line);
                        continue;
                    }

                    var keys = candidate.Keys(recipient, asOf);
                    var line = candidate.LineGiven(keys, alreadySent);
                    if (mail.Add(recipient, role, line, keys) && role == RecipientRole.InsteadOfOwner)
                    {
                        unaddressed.Add(item, recipient, StandInFor(item).Role, line);
                    }
                }
            }
        }

        if (scope != ReminderScope.Reminders && policy.WeeklyDigest && IsFirstWorkingDayOfWeek(asOf))
        {
            AddDigests(mail, items, asOf);
        }

        return new ReminderPlan(asOf, null, mail.Build(), unaddressed.ToArray());
    }

    private IEnumerable<CandidateLine> CandidatesFor(SuggestionItem item, DateOnly asOf, HolidayBreak? coming)
    {
        foreach (var deadline in deadlines.Running(item, asOf).Where(d => !d.IsWindow))
        {
            var stage = stages.On(deadline.Due, asOf);
            var warned = coming is not null && coming.Covers(deadline.Due);
            if (stage is null && !warned)
            {
                continue;
            }

            var line = new ReminderLine(item.Number, item.Title, item.Department, item.Owner, deadline.Clock.ToString(), deadline.Clock.ChineseName(),
                deadline.Due, stage?.Stage ?? new ReminderStage(ReminderKind.BeforeBreak), ReminderStatus.Of(deadline, asOf, Calendar),
                deadline.ExplainEnglish(), deadline.ExplainChinese(), warned ? coming : null) { Kind = item.Kind };
            yield return new CandidateLine(line, stage?.Date);
        }

        if (EvaluationChase(item, asOf) is { } chase)
        {
            yield return chase;
        }
    }

    /// <summary>A reply without its evaluation after the chase period: ask the owner, once, to follow up with the deputy.</summary>
    private CandidateLine? EvaluationChase(SuggestionItem item, DateOnly asOf)
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
        var status = ReminderStatus.Of(deadline, asOf, Calendar);
        // A deputy (代表) evaluates a suggestion, a member (委员) a proposal.
        var (who, whoChinese) = (item.Kind == ItemKind.Proposal ? "member" : "deputy", ItemKindNames.ChineseEvaluator([item.Kind]));
        var english = $"The {who}'s evaluation has not come back {policy.EvaluationChase} after the reply of {reply.Date:yyyy-MM-dd} (due {due.Date:yyyy-MM-dd}); please follow up with the {who}.";
        var chinese = $"答复（{reply.Date:yyyy-MM-dd}）后{policy.EvaluationChase.ToChinese()}仍未收到{whoChinese}评价（{due.Date:yyyy-MM-dd}），请与{whoChinese}沟通跟进。";
        return new CandidateLine(new ReminderLine(item.Number, item.Title, item.Department, item.Owner, "EvaluationChase", "征询评价", due.Date,
            new ReminderStage(ReminderKind.EvaluationChase), status, english, chinese) { Kind = item.Kind }, due.Date);
    }

    /// <summary>
    /// The owner (or whoever stands in for an owner without an address) always; while overdue, the head and then the
    /// office too. A null address means nobody to send to.
    /// </summary>
    private IEnumerable<(string? Recipient, RecipientRole Role)> RecipientsFor(SuggestionItem item, ReminderLine line)
    {
        yield return item.OwnerEmail is { } owner ? (owner, RecipientRole.Owner) : (StandInFor(item).Address, RecipientRole.InsteadOfOwner);
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

    /// <summary>Who receives the reminders of an officer without an e-mail address: the department head, else the office.</summary>
    private (string? Address, RecipientRole? Role) StandInFor(SuggestionItem item) =>
        directory.HeadOf(item.Department) is { } head ? (head, RecipientRole.DepartmentHead)
        : directory.Office is { } office ? (office, RecipientRole.Office)
        : (null, null);

    private void AddDigests(MessageBuilder mail, IReadOnlyList<SuggestionItem> items, DateOnly asOf)
    {
        var entries = items.Select(i =>
        {
            var next = deadlines.Next(i, asOf);
            var chase = i is { Status: ItemStatus.Replied, LastReply: { } reply }
                ? new Deadline(DeadlineClock.Reply, reply.Date, ItemDeadlines.ReplyEvent, calculator.Compute(reply.Date, policy.EvaluationChase), null, null)
                : null;
            return new DigestItem(i.Number, i.Title, i.Department, i.Owner, i.Status, next, next is null ? null : ReminderStatus.Of(next, asOf, Calendar), i.OwnerEmail is not null)
            {
                Kind = i.Kind,
                FollowUpPending = i.FollowUpPending,
                EvaluationChase = chase?.Due,
                EvaluationChaseStatus = chase is null ? null : ReminderStatus.Of(chase, asOf, Calendar),
            };
        }).ToArray();
        if (directory.Office is { } office)
        {
            var digest = new DigestSection(RecipientRole.Office, null, Group(entries)) { WithoutAddress = entries.Where(e => !e.OwnerHasAddress).OrderBy(e => e.Number).ToArray() };
            mail.Add(office, digest, new ReminderKey(office.ToLowerInvariant(), "*", "Digest", "Weekly", asOf));
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
        return Calendar.NextWorkingDayFrom(monday) == asOf;
    }
}
