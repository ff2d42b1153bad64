using SuggestionDesk.Calendar;
using SuggestionDesk.Items;

namespace SuggestionDesk.Reporting;

/// <summary>What one item, as it stood on the as-of date, adds to the figures.</summary>
/// <param name="Department">The department handling it.</param>
/// <param name="Session">Its session.</param>
/// <param name="AssignedOn">The day it was assigned.</param>
/// <param name="Role">Lead, Sole, Split or Joint.</param>
/// <param name="Returned">Its return was approved: it counts in no other figure.</param>
/// <param name="Signed">It was signed for.</param>
/// <param name="SignedOnTime">Signed for on or before the sign-for clock's due date.</param>
/// <param name="SignPastDue">Not signed for, and the sign-for clock's due date lies before the as-of date.</param>
/// <param name="Replied">The first reply (Joint: the opinion to the lead unit) was made.</param>
/// <param name="RepliedOnTime">
/// Every reply so far came by its due date: the first one, and each reply after re-handling; a re-handling reply past
/// due and not yet made makes the item late too.
/// </param>
/// <param name="ReplyPastDue">No first reply, and its due date lies before the as-of date.</param>
/// <param name="LatestEvaluation">The latest evaluation, if any.</param>
/// <param name="Rehandled">A reply after re-handling (重新办理) was made.</param>
/// <param name="EvaluationAfterRehandling">The deputy's evaluation of the latest reply after re-handling, once back.</param>
/// <param name="FollowUpClass">The class (e.g. B) of the reply still awaiting its follow-up (跟踪办理); null when none is awaited.</param>
/// <param name="Published">Its reply was published.</param>
/// <param name="Overdue">A sign-for, reply, Joint-opinion or re-handling clock is past due without the step.</param>
/// <param name="Contacts">Its contacts with the deputy dated on or before the as-of date.</param>
/// <param name="Led">A leader takes it up in person (领办).</param>
/// <param name="Priorities">Key, difficult or hot spot (重点、难点、热点).</param>
internal sealed record ItemFacts(
    string Department,
    string Session,
    DateOnly AssignedOn,
    HandlingRole Role,
    bool Returned,
    bool Signed,
    bool SignedOnTime,
    bool SignPastDue,
    bool Replied,
    bool RepliedOnTime,
    bool ReplyPastDue,
    EvaluationResult? LatestEvaluation,
    bool Rehandled,
    EvaluationResult? EvaluationAfterRehandling,
    string? FollowUpClass,
    bool Published,
    bool Overdue,
    IReadOnlyList<Contact> Contacts,
    bool Led,
    IReadOnlyList<ItemPriority> Priorities)
{
    /// <summary>The clocks whose lapse makes an item overdue; the return window and publication do not.</summary>
    private static readonly DeadlineClock[] OverdueClocks =
        [DeadlineClock.SignFor, DeadlineClock.Reply, DeadlineClock.JointOpinion, DeadlineClock.Rehandling];

    /// <summary>
    /// The facts of <paramref name="item"/>, already cut back to <paramref name="asOf"/> (<see cref="ItemAsOf"/>), with its
    /// <paramref name="contacts"/> (those dated after <paramref name="asOf"/> are left out here).
    /// </summary>
    public static ItemFacts Of(SuggestionItem item, ItemDeadlines deadlines, DateOnly asOf, IReadOnlyList<Contact> contacts)
    {
        var clocks = deadlines.For(item);
        var signFor = clocks.Single(d => d.Clock == DeadlineClock.SignFor);
        var reply = clocks.Single(d => d.Clock is DeadlineClock.Reply or DeadlineClock.JointOpinion);
        var rehandling = clocks.Where(d => d.Clock == DeadlineClock.Rehandling).ToArray();
        bool PastDue(Deadline d) => !d.IsMet && d.Ended is null && d.Due < asOf;
        bool OnTime(Deadline d) => d.MetOn <= d.Due;

        // Evaluations answer the replies to the deputy one by one, so the latest evaluation is the re-handling reply's
        // once there are as many evaluations as replies (the last reply to the deputy is then a re-handling one).
        var rehandled = item.Replies.Any(r => r.Round == ReplyRound.Rehandling);
        var toDeputy = item.Replies.Count(r => r.Round != ReplyRound.FollowUp);
        return new ItemFacts(
            item.Department,
            item.Session,
            item.AssignedOn,
            item.Role,
            Returned: item.Status == ItemStatus.Returned,
            Signed: signFor.IsMet,
            SignedOnTime: OnTime(signFor),
            SignPastDue: PastDue(signFor),
            Replied: reply.IsMet,
            RepliedOnTime: OnTime(reply) && rehandling.All(d => d.IsMet ? OnTime(d) : !PastDue(d)),
            ReplyPastDue: PastDue(reply),
            item.LastEvaluation?.Result,
            rehandled,
            EvaluationAfterRehandling: rehandled && item.Evaluations.Count == toDeputy ? item.LastEvaluation?.Result : null,
            FollowUpClass: item.FollowUpPending ? item.LastReply?.ResultClass?.Code : null,
            Published: item.Disclosure?.PublishedOn is not null,
            Overdue: clocks.Any(d => OverdueClocks.Contains(d.Clock) && PastDue(d)),
            Contacts: contacts.Where(c => c.Date <= asOf).ToArray(),
            Led: item.LeadingOfficial is not null,
            item.Priorities);
    }
}
