using SuggestionDesk.Localization;

namespace SuggestionDesk.Items;

/// <summary>Side paths: return, extension and disclosure.</summary>
public sealed partial class SuggestionItem
{
    /// <summary>
    /// Asks to return a wrongly assigned item (退回). The window for asking is a deadline rule
    /// (<c>ItemDeadlines.CheckReturn</c>), checked by the service that calls this.
    /// </summary>
    public void RequestReturn(DateOnly date, string reason, ChangeContext by)
    {
        RequireStatus(Messages.ActionAskReturn, ItemStatus.Assigned, ItemStatus.SignedFor);
        if (state.Return?.State == ReturnState.Requested)
        {
            throw Refuse(MessageText.Format(Messages.ItemReturnPending, state.Return.RequestedOn));
        }

        RequireDate(date, Messages.EventReturnRequest, by, (state.AssignedOn, Messages.EventAssignment));
        var request = new ReturnRequest(date, Required(reason, Messages.FieldReturnReason, TextRules.LongTextMaxLength));
        Apply("RequestReturn", by, state with { Return = request });
    }

    /// <summary>Approves or refuses the pending return request; approval means nothing more is due from us.</summary>
    public void DecideReturn(bool approve, DateOnly date, string decidedBy, ChangeContext by)
    {
        if (state.Return is { State: not ReturnState.Requested, DecidedOn: { } decidedOn } decidedAlready)
        {
            var how = decidedAlready.State == ReturnState.Approved ? Messages.WordApproved : Messages.WordRejected;
            throw Refuse(MessageText.Format(Messages.ItemReturnDecided, decidedAlready.RequestedOn, how, decidedOn, decidedAlready.DecidedBy));
        }

        if (state.Return is not { State: ReturnState.Requested } request)
        {
            throw Refuse(Messages.ItemNoReturnPending);
        }

        RequireStatus(Messages.ActionDecideReturn, ItemStatus.Assigned, ItemStatus.SignedFor);
        RequireDate(date, Messages.EventReturnDecision, by, (request.RequestedOn, Messages.EventReturnRequest));
        var decided = request with
        {
            State = approve ? ReturnState.Approved : ReturnState.Rejected,
            DecidedBy = Required(decidedBy?.Trim(), Messages.FieldDecidedBy),
            DecidedOn = date,
        };
        Apply(approve ? "ApproveReturn" : "RejectReturn", by, state with
        {
            Return = decided,
            Status = approve ? ItemStatus.Returned : state.Status,
        });
    }

    /// <summary>
    /// Asks for more time (延期) until <paramref name="newDueDate"/>, for <paramref name="reason"/>. The limit
    /// on how far (default 6 months after assignment) is a deadline rule (<c>ItemDeadlines.CheckExtension</c>).
    /// </summary>
    public void RequestExtension(DateOnly newDueDate, string reason, DateOnly requestedOn, ChangeContext by)
    {
        RequireStatus(Messages.ActionAskExtension, ItemStatus.Assigned, ItemStatus.SignedFor, ItemStatus.Rehandling);
        if (state.Extensions.Any(e => e.State == ExtensionState.Requested))
        {
            throw Refuse(Messages.ItemExtensionPending);
        }

        RequireDate(requestedOn, Messages.EventExtensionRequest, by, (state.AssignedOn, Messages.EventAssignment), (LastEvaluation?.Date, Messages.EventEvaluation));
        if (newDueDate <= requestedOn)
        {
            throw Refuse(MessageText.Format(Messages.ItemExtensionNotAfter, newDueDate, requestedOn));
        }

        var extension = new Extension(newDueDate, Required(reason, Messages.FieldExtensionReason, TextRules.LongTextMaxLength), requestedOn, by.Actor);
        Apply("RequestExtension", by, state with { Extensions = [.. state.Extensions, extension] });
    }

    /// <summary>
    /// Approves or rejects the pending extension; an approved date replaces the computed reply due date.
    /// Approval is refused once the reply it was for has been made (reject it instead).
    /// </summary>
    public void DecideExtension(bool approve, string approver, DateOnly date, ChangeContext by)
    {
        var index = state.Extensions.ToList().FindIndex(e => e.State == ExtensionState.Requested);
        if (index < 0 && state.Extensions.LastOrDefault() is { DecidedOn: { } decidedOn } last)
        {
            var how = last.State == ExtensionState.Approved ? Messages.WordApproved : Messages.WordRejected;
            throw Refuse(MessageText.Format(Messages.ItemExtensionDecided, last.NewDueDate, last.RequestedOn, how, decidedOn, last.DecidedBy));
        }

        if (index < 0)
        {
            throw Refuse(Messages.ItemNoExtensionPending);
        }

        if (approve)
        {
            RequireStatus(Messages.ActionApproveExtension, ItemStatus.Assigned, ItemStatus.SignedFor, ItemStatus.Rehandling);
            if (state.Status == ItemStatus.Rehandling && LastEvaluation is { } evaluation && state.Extensions[index].RequestedOn < evaluation.Date)
            {
                throw Refuse(MessageText.Format(Messages.ItemExtensionBeforeRehandling, state.Extensions[index].RequestedOn, evaluation.Date));
            }
        }

        RequireDate(date, Messages.EventExtensionDecision, by, (state.Extensions[index].RequestedOn, Messages.EventExtensionRequest));
        var decided = state.Extensions[index] with
        {
            State = approve ? ExtensionState.Approved : ExtensionState.Rejected,
            DecidedBy = Required(approver?.Trim(), Messages.FieldApprover),
            DecidedOn = date,
        };
        var extensions = state.Extensions.ToArray();
        extensions[index] = decided;
        Apply(approve ? "ApproveExtension" : "RejectExtension", by, state with { Extensions = extensions });
    }

    /// <summary>Decides whether the reply is published (公开); withholding needs a reason. Joint items are published by the lead unit.</summary>
    public void DecideDisclosure(DisclosureDecision decision, DateOnly date, string? reason, ChangeContext by)
    {
        if (!state.Role.IsEvaluated())
        {
            throw Refuse(Messages.ItemJointNoDisclosure);
        }

        if (LastReply is not { } reply)
        {
            throw Refuse(Messages.ItemNoReplyToDisclose);
        }

        if (state.Disclosure?.PublishedOn is { } published)
        {
            throw Refuse(MessageText.Format(Messages.ItemAlreadyPublishedNoChange, published));
        }

        RequireDate(date, Messages.EventDisclosureDecision, by, (reply.Date, Messages.EventReply));
        var why = decision == DisclosureDecision.Withhold
            ? Required(reason, Messages.FieldNotPublishingReason, TextRules.LongTextMaxLength)
            : Optional(reason, Messages.FieldDisclosureNote, TextRules.LongTextMaxLength);
        Apply("DecideDisclosure", by, state with { Disclosure = new Disclosure(decision, date, why) });
    }

    /// <summary>Records that the reply was published on <paramref name="date"/>.</summary>
    public void RecordPublication(DateOnly date, ChangeContext by)
    {
        if (state.Disclosure?.PublishedOn is { } published)
        {
            throw Refuse(MessageText.Format(Messages.ItemAlreadyPublished, published));
        }

        if (state.Disclosure is not { Decision: DisclosureDecision.Publish, PublishedOn: null } disclosure)
        {
            throw Refuse(Messages.ItemPublicationNeedsDecision);
        }

        RequireDate(date, Messages.EventPublication, by, (disclosure.DecidedOn, Messages.EventDecisionToPublish));
        Apply("Publish", by, state with { Disclosure = disclosure with { PublishedOn = date } });
    }

    /// <summary>
    /// Records the reply as published on <paramref name="date"/>, deciding to publish first (with
    /// <paramref name="note"/>) if that was not yet decided.
    /// </summary>
    public void Publish(DateOnly date, string? note, ChangeContext by)
    {
        if (state.Disclosure is not { Decision: DisclosureDecision.Publish })
        {
            DecideDisclosure(DisclosureDecision.Publish, date, note, by);
        }

        RecordPublication(date, by);
    }
}
