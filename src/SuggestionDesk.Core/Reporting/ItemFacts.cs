using SuggestionDesk.Calendar;
using SuggestionDesk.Items;

namespace SuggestionDesk.Reporting;

/// <summary>What one item, as it stood on the as-of date, adds to the figures.</summary>
internal sealed record ItemFacts(
    string Department,
    string Session,
    DateOnly AssignedOn,
    HandlingRole Role,
    bool Returned,
    bool Signed,
    bool SignedOnTime,
    bool Replied,
    bool RepliedOnTime,
    EvaluationResult? LatestEvaluation,
    bool Published,
    bool Overdue)
{
    /// <summary>The clocks whose lapse makes an item overdue; the return window and publication do not.</summary>
    private static readonly DeadlineClock[] OverdueClocks =
        [DeadlineClock.SignFor, DeadlineClock.Reply, DeadlineClock.JointOpinion, DeadlineClock.Rehandling];

    /// <summary>The facts of <paramref name="item"/>, already cut back to <paramref name="asOf"/> (<see cref="ItemAsOf"/>).</summary>
    public static ItemFacts Of(SuggestionItem item, ItemDeadlines deadlines, DateOnly asOf)
    {
        var clocks = deadlines.For(item);
        var signFor = clocks.Single(d => d.Clock == DeadlineClock.SignFor);
        var reply = clocks.Single(d => d.Clock is DeadlineClock.Reply or DeadlineClock.JointOpinion);
        return new ItemFacts(
            item.Department,
            item.Session,
            item.AssignedOn,
            item.Role,
            Returned: item.Status == ItemStatus.Returned,
            Signed: signFor.IsMet,
            SignedOnTime: signFor.MetOn <= signFor.Due,
            Replied: reply.IsMet,
            RepliedOnTime: reply.MetOn <= reply.Due,
            item.LastEvaluation?.Result,
            Published: item.Disclosure?.PublishedOn is not null,
            Overdue: clocks.Any(d => OverdueClocks.Contains(d.Clock) && !d.IsMet && d.Ended is null && d.Due < asOf));
    }
}
