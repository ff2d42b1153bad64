using SuggestionDesk.Items;

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
        deadlines.Add(Make(item, replyClock, item.AssignedOn, Assignment, ExtensionBetween(item, item.AssignedOn, replyEnds), firstReply?.Date));

        for (var i = 0; i < evaluations.Length; i++)
        {
            var start = evaluations[i];
            var end = i + 1 < evaluations.Length ? evaluations[i + 1] : DateOnly.MaxValue;
            var reply = item.Replies.FirstOrDefault(r => r.Round == ReplyRound.Rehandling && r.Date >= start);
            deadlines.Add(Make(item, DeadlineClock.Rehandling, start, Evaluation, ExtensionBetween(item, start, end), reply?.Date));
        }

        if (item.Disclosure is { Decision: DisclosureDecision.Publish } disclosure)
        {
            var published = item.Replies.LastOrDefault(r => r.Date <= disclosure.DecidedOn) ?? item.LastReply;
            if (published is not null)
            {
                deadlines.Add(Make(item, DeadlineClock.Disclosure, published.Date, ReplyEvent, null, disclosure.PublishedOn));
            }
        }

        return deadlines;
    }

    /// <summary>The clocks still running on <paramref name="asOf"/>: not met, the item not returned, and windows still open.</summary>
    public IReadOnlyList<Deadline> Running(SuggestionItem item, DateOnly asOf) =>
        item.Status == ItemStatus.Returned
            ? []
            : For(item).Where(d => !d.IsMet && (!d.IsWindow || WindowOpen(item, d, asOf))).ToArray();

    /// <summary>The running clock due first on <paramref name="asOf"/> (windows aside), or null when nothing is due.</summary>
    public Deadline? Next(SuggestionItem item, DateOnly asOf) =>
        Running(item, asOf).Where(d => !d.IsWindow).OrderBy(d => d.Due).FirstOrDefault();

    /// <summary>
    /// Refuses an extension whose date is past the policy's limit after assignment (default 6 months), naming
    /// both dates. Call before approving one.
    /// </summary>
    public void CheckExtension(SuggestionItem item, DateOnly newDueDate)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.Status == ItemStatus.Rehandling)
        {
            return;
        }

        var limit = calculator.Compute(item.AssignedOn, Policy.ExtensionLimit);
        if (newDueDate > limit.Date)
        {
            throw new ItemRuleException(item.Number,
                $"an extension to {newDueDate:yyyy-MM-dd} goes past the limit of {Policy.ExtensionLimit} after the assignment on {item.AssignedOn:yyyy-MM-dd}, which is {limit.Date:yyyy-MM-dd}. Ask for {limit.Date:yyyy-MM-dd} or earlier.");
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
            throw new ItemRuleException(item.Number,
                $"the window for asking to return it closed on {window.Due:yyyy-MM-dd} ({window.Computed.Rule} after the assignment on {item.AssignedOn:yyyy-MM-dd}); {requestedOn:yyyy-MM-dd} is too late and the assignment stands.");
        }
    }

    private Deadline Make(SuggestionItem item, DeadlineClock clock, DateOnly start, string startEvent, Extension? extension, DateOnly? metOn) =>
        new(clock, start, startEvent, calculator.Compute(start, Policy.RuleFor(clock, item.Kind, item.Role)), extension, metOn);

    /// <summary>The last extension approved for a clock running from <paramref name="from"/> until <paramref name="until"/>.</summary>
    private static Extension? ExtensionBetween(SuggestionItem item, DateOnly from, DateOnly until) =>
        item.Extensions.LastOrDefault(e => e.State == ExtensionState.Approved && e.RequestedOn >= from && e.RequestedOn < until);
}
