namespace SuggestionDesk.Items;

/// <summary>The main path: sign for, reply, evaluation, re-handling and follow-up.</summary>
public sealed partial class SuggestionItem
{
    /// <summary>Records the sign-for (签收) on <paramref name="date"/>.</summary>
    public void SignFor(DateOnly date, ChangeContext by)
    {
        if (state.SignedForOn is { } signed)
        {
            throw Refuse($"it was already signed for on {signed:yyyy-MM-dd}; nothing to record.");
        }

        RequireStatus("sign for it", ItemStatus.Assigned);
        RequireDate(date, "sign-for", by, (state.AssignedOn, "assignment"));
        Apply("SignFor", by, state with { Status = ItemStatus.SignedFor, SignedForOn = date });
    }

    /// <summary>
    /// Records the reply (答复) to the deputy; for a Joint item, the opinion sent to the lead unit, which closes
    /// it for us. A reply to the deputy needs its result class; a Joint opinion may have none, since the class
    /// belongs to the lead unit's reply (one given is kept). A class that requires follow-up (B) leaves a
    /// follow-up pending (not for Joint items: the lead unit follows up), due by <paramref name="followUpBy"/> if the
    /// reply promised a date, else by the deadline policy.
    /// </summary>
    public void Reply(DateOnly date, ResultClass? resultClass, string? text, ChangeContext by, DateOnly? followUpBy = null)
    {
        if (resultClass is null && state.Role.NeedsResultClass())
        {
            throw Refuse($"{state.Role.ClassRule()}. Give the class (e.g. A).");
        }

        if (state.Status == ItemStatus.Assigned)
        {
            throw Refuse("it has not been signed for. Record the sign-for first (the date it was signed for), then the reply.");
        }

        if (state.Status is ItemStatus.Replied or ItemStatus.Closed && LastReply is { } done)
        {
            var what = state.Role.IsEvaluated() ? "replied to" : "answered with the opinion to the lead unit";
            var then = done.ResultClass is { } recorded ? $" (class {recorded.Code})" : string.Empty;
            var further = FollowUpPending ? " A further answer to the class B reply is recorded as its follow-up." : string.Empty;
            throw Refuse($"it was already {what} on {done.Date:yyyy-MM-dd}{then}; a recorded reply is not replaced.{further}");
        }

        RequireStatus("reply", ItemStatus.SignedFor, ItemStatus.Rehandling);
        if (state.Return is { State: ReturnState.Requested } pending)
        {
            throw Refuse($"a return requested on {pending.RequestedOn:yyyy-MM-dd} is waiting for a decision. Approve or reject the return before replying.");
        }

        RequireDate(date, "reply", by, (state.AssignedOn, "assignment"), (state.SignedForOn, "sign-for"), (LastEvaluation?.Date, "evaluation"));
        RequireFollowUpDate(followUpBy, date, resultClass, "reply");
        var round = state.Status == ItemStatus.Rehandling ? ReplyRound.Rehandling : ReplyRound.First;
        var reply = new Reply(date, resultClass, Optional(text, "Reply text", TextRules.LongTextMaxLength), round, followUpBy);
        Apply("Reply", by, state with
        {
            Status = state.Role.IsEvaluated() ? ItemStatus.Replied : ItemStatus.Closed,
            Replies = [.. state.Replies, reply],
            FollowUpPending = resultClass?.RequiresFollowUp == true && state.Role.IsEvaluated(),
        });
    }

    /// <summary>
    /// Records the deputy's evaluation (评价). Satisfied or basically satisfied closes the item; unsatisfied
    /// reopens it for re-handling (重新办理) with a new reply clock. Joint items are not evaluated.
    /// </summary>
    public void Evaluate(DateOnly date, EvaluationResult result, string? comment, ChangeContext by)
    {
        if (!state.Role.IsEvaluated())
        {
            throw Refuse("it is a Joint (会办) item: the lead unit replies to the deputy and is evaluated, not us. Nothing to record here.");
        }

        if (state.Status == ItemStatus.Closed && LastEvaluation is { } evaluated)
        {
            throw Refuse($"its evaluation was already recorded on {evaluated.Date:yyyy-MM-dd} ({evaluated.Result}); a new evaluation follows a new reply.");
        }

        RequireStatus("record an evaluation", ItemStatus.Replied);
        RequireDate(date, "evaluation", by, (LastReply?.Date, "reply"));
        var evaluation = new Evaluation(date, result, Optional(comment, "Evaluation comment", TextRules.LongTextMaxLength));
        Apply("Evaluate", by, state with
        {
            Status = result == EvaluationResult.Unsatisfied ? ItemStatus.Rehandling : ItemStatus.Closed,
            Evaluations = [.. state.Evaluations, evaluation],
        });
    }

    /// <summary>
    /// Records the further answer to a class B reply once the matter is solved (跟踪办理). One that is class B again
    /// promises yet another answer, by <paramref name="followUpBy"/> if given, else by the deadline policy.
    /// </summary>
    public void RecordFollowUp(DateOnly date, ResultClass? resultClass, string? text, ChangeContext by, DateOnly? followUpBy = null)
    {
        if (!state.FollowUpPending)
        {
            throw Refuse("no follow-up is pending: only a reply whose class requires follow-up (such as B) is answered again.");
        }

        if (resultClass is null)
        {
            throw Refuse("a follow-up answers the deputy again and is recorded with its result class (A–D), e.g. A once the matter is solved. Give the class.");
        }

        RequireDate(date, "follow-up", by, (LastReply?.Date, "reply"));
        RequireFollowUpDate(followUpBy, date, resultClass, "follow-up");
        var reply = new Reply(date, resultClass, Optional(text, "Follow-up text", TextRules.LongTextMaxLength), ReplyRound.FollowUp, followUpBy);
        Apply("FollowUp", by, state with
        {
            Replies = [.. state.Replies, reply],
            FollowUpPending = resultClass.RequiresFollowUp,
        });
    }

    /// <summary>A promised follow-up date belongs to a class B reply to the deputy and cannot precede it.</summary>
    private void RequireFollowUpDate(DateOnly? followUpBy, DateOnly date, ResultClass? resultClass, string what)
    {
        if (followUpBy is not { } promised)
        {
            return;
        }

        if (!state.Role.IsEvaluated())
        {
            throw Refuse($"it is a Joint (会办) item: the lead unit answers the deputy and follows up, so the opinion carries no follow-up date ({promised:yyyy-MM-dd}). Leave the date out.");
        }

        if (resultClass is not { RequiresFollowUp: true })
        {
            var given = resultClass is null ? "no class" : $"class {resultClass}";
            throw Refuse($"a follow-up date ({promised:yyyy-MM-dd}) belongs only to a {what} whose class requires follow-up (B 正在解决或列入计划); this {what} has {given}. Leave the date out, or give class B.");
        }

        if (promised < date)
        {
            throw Refuse($"the follow-up date {promised:yyyy-MM-dd} is before the {what} on {date:yyyy-MM-dd}. Give the date the {what} promised the further answer by, on or after {date:yyyy-MM-dd}.");
        }
    }

    private void RequireStatus(string action, params ItemStatus[] allowed)
    {
        if (allowed.Contains(state.Status))
        {
            return;
        }

        if (state.Status == ItemStatus.Returned && state.Return is { DecidedOn: { } returned } request)
        {
            throw Refuse($"it was returned on {returned:yyyy-MM-dd} (approved by {request.DecidedBy}); nothing more is due from the office, so it cannot {action}.");
        }

        throw Refuse($"cannot {action} while it is {state.Status}; that is possible only when it is {string.Join(" or ", allowed)}.");
    }

    /// <summary>A dated event cannot lie in the future nor precede the events it follows (the latest of <paramref name="after"/>).</summary>
    private void RequireDate(DateOnly date, string what, ChangeContext by, params (DateOnly? Date, string What)[] after)
    {
        if (date > by.Today)
        {
            throw Refuse($"the {what} date {date:yyyy-MM-dd} is after today ({by.Today:yyyy-MM-dd}). Record it on or after the day it happens.");
        }

        var latest = after.Where(e => e.Date is not null).OrderBy(e => e.Date).LastOrDefault();
        if (latest.Date is { } earliest && date < earliest)
        {
            throw Refuse($"the {what} date {date:yyyy-MM-dd} is before the {latest.What} on {earliest:yyyy-MM-dd}. Check the date.");
        }
    }

    private ItemRuleException Refuse(string why) => new(Number, why);
}
