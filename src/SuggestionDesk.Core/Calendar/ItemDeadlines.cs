using SuggestionDesk.Items;
using SuggestionDesk.Localization;

namespace SuggestionDesk.Calendar;

/// <summary>
/// The clocks of an item under a policy and a calendar. Due dates are computed when asked, never stored,
/// so loading a newer calendar moves every provisional date at once; a date fixed by an approved extension
/// is the extension's and does not move.
/// </summary>
public sealed class ItemDeadlines(DeadlinePolicy policy, WorkingDayCalendar calendar)
{
    /// <summary>Start event names used in explanations.</summary>
    public const string Assignment = "the assignment", Evaluation = "the unsatisfied evaluation", ReplyEvent = "the reply";

    private readonly DueDateCalculator calculator = new(calendar);

    /// <summary>The policy used.</summary>
    public DeadlinePolicy Policy { get; } = policy ?? throw new ArgumentNullException(nameof(policy));

    /// <summary>The calendar used.</summary>
    public WorkingDayCalendar Calendar => calculator.Calendar;

    /// <summary>Every clock that has started on <paramref name="item"/>, met or not, in the order they start.</summary>
    public IReadOnlyList<Deadline> For(SuggestionItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var deadlines = new List<Deadline>
        {
            Make(item, DeadlineClock.SignFor, item.AssignedOn, Assignment, null, item.SignedForOn),
            Make(item, DeadlineClock.Return, item.AssignedOn, Assignment, null, item.Return?.RequestedOn),
        };

        var evaluations = item.Evaluations.Where(e => e.Result == EvaluationResult.Unsatisfied).Select(e => e.Date).ToArray();
        var firstReply = item.Replies.FirstOrDefault(r => r.Round == ReplyRound.First);
        var replyClock = item.Role == HandlingRole.Joint ? DeadlineClock.JointOpinion : DeadlineClock.Reply;
        var replyEnds = evaluations.Length > 0 ? evaluations[0] : DateOnly.MaxValue;
        deadlines.Add(Make(item, replyClock, item.AssignedOn, Assignment, ExtensionFor(item, item.AssignedOn, replyEnds, firstReply?.Date), firstReply?.Date));

        // Each unsatisfied evaluation reopens the item and the next reply answers it, so the i-th re-handling
        // reply meets the i-th round. Dates cannot pair them: a reply and the next evaluation may share a day.
        var rehandlingReplies = item.Replies.Where(r => r.Round == ReplyRound.Rehandling).ToArray();
        for (var i = 0; i < evaluations.Length; i++)
        {
            var start = evaluations[i];
            var end = i + 1 < evaluations.Length ? evaluations[i + 1] : DateOnly.MaxValue;
            var reply = i < rehandlingReplies.Length ? rehandlingReplies[i] : null;
            deadlines.Add(Make(item, DeadlineClock.Rehandling, start, Evaluation, ExtensionFor(item, start, end, reply?.Date), reply?.Date));
        }

        // A reply whose class requires follow-up (B) promises a further answer: by the date it named, else by the
        // policy (the end of its year by default). The next reply answers the deputy again and meets it: the
        // follow-up, or a re-handling reply after an unsatisfied evaluation.
        if (item.Role.IsEvaluated())
        {
            for (var i = 0; i < item.Replies.Count; i++)
            {
                if (item.Replies[i] is { ResultClass.RequiresFollowUp: true } promising)
                {
                    var answer = i + 1 < item.Replies.Count ? item.Replies[i + 1] : null;
                    deadlines.Add(Make(item, DeadlineClock.FollowUp, promising.Date, ReplyEvent, null, answer?.Date) with { Promised = promising.FollowUpBy });
                }
            }
        }

        if (item.Disclosure is { Decision: DisclosureDecision.Publish } disclosure)
        {
            var published = item.Replies.LastOrDefault(r => r.Date <= disclosure.DecidedOn) ?? item.LastReply;
            if (published is not null)
            {
                deadlines.Add(Make(item, DeadlineClock.Disclosure, published.Date, ReplyEvent, null, disclosure.PublishedOn));
            }
        }

        return item is { Status: ItemStatus.Returned, Return: { DecidedOn: { } returned } request }
            ? deadlines.Select(d => d.IsMet ? d : d with { Ended = Returned(returned, request.DecidedBy) }).ToArray()
            : deadlines;
    }

    private static DeadlineEnd Returned(DateOnly on, string? by) => new(
        on,
        $"returned on {on:yyyy-MM-dd}" + (by is null ? string.Empty : $" (approved by {by})"),
        $"已于{on:yyyy-MM-dd}退回" + (by is null ? string.Empty : $"（{by}批准）"));

    /// <summary>The clocks still running on <paramref name="asOf"/>: not met, the item not returned, and windows still open.</summary>
    public IReadOnlyList<Deadline> Running(SuggestionItem item, DateOnly asOf) =>
        item.Status == ItemStatus.Returned
            ? []
            : For(item).Where(d => !d.IsMet && (!d.IsWindow || WindowOpen(item, d, asOf))).ToArray();

    /// <summary>The running clock due first on <paramref name="asOf"/> (windows aside), or null when nothing is due.</summary>
    public Deadline? Next(SuggestionItem item, DateOnly asOf) =>
        Running(item, asOf).Where(d => !d.IsWindow).OrderBy(d => d.Due).FirstOrDefault();

    /// <summary>
    /// Refuses an extension that would not move the running reply (or Joint opinion, or re-handling) clock
    /// later than the date in force, and one past the policy's limit after assignment (default 6 months),
    /// naming the dates and saying when a date is provisional. Call before asking for or approving one.
    /// </summary>
    public void CheckExtension(SuggestionItem item, DateOnly newDueDate)
    {
        ArgumentNullException.ThrowIfNull(item);
        var running = For(item).LastOrDefault(d => !d.IsMet && d.Clock is DeadlineClock.Reply or DeadlineClock.JointOpinion or DeadlineClock.Rehandling);
        if (running is not null && newDueDate <= running.Due)
        {
            throw new ItemRuleException(item.Number,
                MessageText.Format(Messages.DeadlineExtensionNotLater, newDueDate, running.Clock.Shown(), running.Due));
        }

        // The limit counts from the assignment; a re-handling round runs from the unsatisfied evaluation instead.
        if (item.Status == ItemStatus.Rehandling)
        {
            return;
        }

        var limit = calculator.Compute(item.AssignedOn, Policy.ExtensionLimit);
        if (newDueDate > limit.Date)
        {
            var note = limit.IsProvisional ? MessageText.Format(Messages.DeadlineExtensionLimitNote, DeadlineExplanation.ProvisionalNote(limit)) : string.Empty;
            var advice = limit.IsProvisional ? MessageText.Format(Messages.DeadlineExtensionLimitAdvice, DeadlineExplanation.LoadAdvice(limit)) : string.Empty;
            throw new ItemRuleException(item.Number,
                MessageText.Format(Messages.DeadlineExtensionPastLimit, newDueDate, Policy.ExtensionLimit.Shown(), item.AssignedOn, limit.Date, note, advice));
        }
    }

    /// <summary>A return can be asked for until the window closes, and only before the reply.</summary>
    private static bool WindowOpen(SuggestionItem item, Deadline window, DateOnly asOf) =>
        window.Due >= asOf && item.Status is ItemStatus.Assigned or ItemStatus.SignedFor;

    /// <summary>
    /// Refuses a return asked for on <paramref name="requestedOn"/> after the return window closed (default 5
    /// working days after assignment), naming the window. Call before recording a return request.
    /// </summary>
    public void CheckReturn(SuggestionItem item, DateOnly requestedOn)
    {
        ArgumentNullException.ThrowIfNull(item);
        var window = For(item).Single(d => d.Clock == DeadlineClock.Return);
        if (requestedOn > window.Due)
        {
            // A window computed through a year without a calendar is a guess: say so rather than refuse as if it were certain.
            var due = window.Computed;
            var note = due.IsProvisional ? MessageText.Format(Messages.DeadlineReturnWindowNote, DeadlineExplanation.ProvisionalNote(due)) : string.Empty;
            var advice = due.IsProvisional ? MessageText.Format(Messages.DeadlineReturnWindowAdvice, DeadlineExplanation.LoadAdvice(due)) : string.Empty;
            throw new ItemRuleException(item.Number,
                MessageText.Format(Messages.DeadlineReturnWindowClosed, window.Due, due.Rule.Shown(), item.AssignedOn, note, requestedOn, advice));
        }
    }

    private Deadline Make(SuggestionItem item, DeadlineClock clock, DateOnly start, string startEvent, Extension? extension, DateOnly? metOn) =>
        new(clock, start, startEvent, calculator.Compute(start, Policy.RuleFor(clock, item.Kind, item.Role)), extension, metOn);

    /// <summary>
    /// The last extension approved for a clock running from <paramref name="from"/> until <paramref name="until"/>.
    /// One approved after the clock was met (a request left pending past the reply) cannot have made that reply
    /// on time, so it does not move the clock.
    /// </summary>
    private static Extension? ExtensionFor(SuggestionItem item, DateOnly from, DateOnly until, DateOnly? metOn) =>
        item.Extensions.LastOrDefault(e => e.State == ExtensionState.Approved && e.RequestedOn >= from && e.RequestedOn < until
            && (metOn is null || e.DecidedOn is null || e.DecidedOn <= metOn));
}
