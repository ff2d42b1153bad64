using SuggestionDesk.Localization;

namespace SuggestionDesk.Items;

/// <summary>The main path: sign for, reply, evaluation, re-handling and follow-up.</summary>
public sealed partial class SuggestionItem
{
    /// <summary>Records the sign-for (签收) on <paramref name="date"/>.</summary>
    public void SignFor(DateOnly date, ChangeContext by)
    {
        if (state.SignedForOn is { } signed)
        {
            throw Refuse(MessageText.Format(Messages.ItemAlreadySignedFor, signed));
        }

        RequireStatus(Messages.ActionSignFor, ItemStatus.Assigned);
        RequireDate(date, Messages.EventSignFor, by, (state.AssignedOn, Messages.EventAssignment));
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
            throw Refuse(MessageText.Format(Messages.ItemReplyNeedsClass, state.Role.ClassRule()));
        }

        if (state.Status == ItemStatus.Assigned)
        {
            throw Refuse(Messages.ItemNotSignedFor);
        }

        if (state.Status is ItemStatus.Replied or ItemStatus.Closed && LastReply is { } done)
        {
            var template = state.Role.IsEvaluated() ? Messages.ItemAlreadyRepliedToDeputy : Messages.ItemAlreadyAnsweredLeadUnit;
            var then = done.ResultClass is { } recorded ? MessageText.Format(Messages.ItemRecordedClass, recorded.Code) : string.Empty;
            var further = FollowUpPending ? Messages.ItemFurtherAnswerIsFollowUp : string.Empty;
            throw Refuse(MessageText.Format(template, done.Date, then, further));
        }

        RequireStatus(Messages.ActionReply, ItemStatus.SignedFor, ItemStatus.Rehandling);
        if (state.Return is { State: ReturnState.Requested } pending)
        {
            throw Refuse(MessageText.Format(Messages.ItemReturnWaitsBeforeReply, pending.RequestedOn));
        }

        RequireDate(date, Messages.EventReply, by, (state.AssignedOn, Messages.EventAssignment), (state.SignedForOn, Messages.EventSignFor), (LastEvaluation?.Date, Messages.EventEvaluation));
        RequireFollowUpDate(followUpBy, date, resultClass, Messages.EventReply);
        var round = state.Status == ItemStatus.Rehandling ? ReplyRound.Rehandling : ReplyRound.First;
        var reply = new Reply(date, resultClass, Optional(text, Messages.FieldReplyText, TextRules.LongTextMaxLength), round, followUpBy);
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
            throw Refuse(Messages.ItemJointNotEvaluated);
        }

        if (state.Status == ItemStatus.Closed && LastEvaluation is { } evaluated)
        {
            throw Refuse(MessageText.Format(Messages.ItemAlreadyEvaluated, evaluated.Date, EvaluationResultNames.Words.Shown(evaluated.Result)));
        }

        RequireStatus(Messages.ActionEvaluate, ItemStatus.Replied);
        RequireDate(date, Messages.EventEvaluation, by, (LastReply?.Date, Messages.EventReply));
        var evaluation = new Evaluation(date, result, Optional(comment, Messages.FieldEvaluationComment, TextRules.LongTextMaxLength));
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
            throw Refuse(Messages.ItemNoFollowUpPending);
        }

        if (resultClass is null)
        {
            throw Refuse(Messages.ItemFollowUpNeedsClass);
        }

        RequireDate(date, Messages.EventFollowUp, by, (LastReply?.Date, Messages.EventReply));
        RequireFollowUpDate(followUpBy, date, resultClass, Messages.EventFollowUp);
        var reply = new Reply(date, resultClass, Optional(text, Messages.FieldFollowUpText, TextRules.LongTextMaxLength), ReplyRound.FollowUp, followUpBy);
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
            throw Refuse(MessageText.Format(Messages.ItemJointNoFollowUpDate, promised));
        }

        if (resultClass is not { RequiresFollowUp: true })
        {
            var given = resultClass is null ? Messages.ItemNoClass : MessageText.Format(Messages.ItemClass, resultClass);
            throw Refuse(MessageText.Format(Messages.ItemFollowUpDateNeedsClassB, promised, what, given));
        }

        if (promised < date)
        {
            throw Refuse(MessageText.Format(Messages.ItemFollowUpDateBefore, promised, what, date));
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
            throw Refuse(MessageText.Format(Messages.ItemReturnedCannot, returned, request.DecidedBy, action));
        }

        throw Refuse(MessageText.Format(Messages.ItemCannotWhileStatus, action, ItemStatusNames.Words.Shown(state.Status), string.Join(Messages.WordOr, allowed.Select(s => ItemStatusNames.Words.Shown(s)))));
    }

    /// <summary>A dated event cannot lie in the future nor precede the events it follows (the latest of <paramref name="after"/>).</summary>
    private void RequireDate(DateOnly date, string what, ChangeContext by, params (DateOnly? Date, string What)[] after)
    {
        if (date > by.Today)
        {
            throw Refuse(MessageText.Format(Messages.ItemDateAfterToday, what, date, by.Today));
        }

        var latest = after.Where(e => e.Date is not null).OrderBy(e => e.Date).LastOrDefault();
        if (latest.Date is { } earliest && date < earliest)
        {
            throw Refuse(MessageText.Format(Messages.ItemDateBeforeEarlier, what, date, latest.What, earliest));
        }
    }

    private ItemRuleException Refuse(string why) => new(Number, why);
}
