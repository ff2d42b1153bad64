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
        RequireStatus("ask to return it", ItemStatus.Assigned, ItemStatus.SignedFor);
        if (state.Return?.State == ReturnState.Requested)
        {
            throw Refuse($"a return was already requested on {state.Return.RequestedOn:yyyy-MM-dd} and is not decided yet.");
        }

        RequireDate(date, "return request", by, (state.AssignedOn, "assignment"));
        var request = new ReturnRequest(date, Required(reason, "Return reason", TextRules.LongTextMaxLength));
        Apply("RequestReturn", by, state with { Return = request });
    }

    /// <summary>Approves or refuses the pending return request; approval means nothing more is due from us.</summary>
    public void DecideReturn(bool approve, DateOnly date, string decidedBy, ChangeContext by)
    {
        if (state.Return is { State: not ReturnState.Requested, DecidedOn: { } decidedOn } decidedAlready)
        {
            var how = decidedAlready.State == ReturnState.Approved ? "approved" : "rejected";
            throw Refuse($"the return asked for on {decidedAlready.RequestedOn:yyyy-MM-dd} was already {how} on {decidedOn:yyyy-MM-dd} by {decidedAlready.DecidedBy}; nothing is waiting for a decision.");
        }

        if (state.Return is not { State: ReturnState.Requested } request)
        {
            throw Refuse("no return request is waiting for a decision. Ask for the return first.");
        }

        RequireStatus("decide on its return", ItemStatus.Assigned, ItemStatus.SignedFor);
        RequireDate(date, "return decision", by, (request.RequestedOn, "return request"));
        var decided = request with
        {
            State = approve ? ReturnState.Approved : ReturnState.Rejected,
            DecidedBy = Required(decidedBy?.Trim(), "Decided by"),
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
        RequireStatus("ask for an extension", ItemStatus.Assigned, ItemStatus.SignedFor, ItemStatus.Rehandling);
        if (state.Extensions.Any(e => e.State == ExtensionState.Requested))
        {
            throw Refuse("an extension request is already waiting for a decision. Approve or reject it first.");
        }

        RequireDate(requestedOn, "extension request", by, (state.AssignedOn, "assignment"), (LastEvaluation?.Date, "evaluation"));
        if (newDueDate <= requestedOn)
        {
            throw Refuse($"the extension's new due date {newDueDate:yyyy-MM-dd} must be after the day it is asked for ({requestedOn:yyyy-MM-dd}).");
        }

        var extension = new Extension(newDueDate, Required(reason, "Extension reason", TextRules.LongTextMaxLength), requestedOn, by.Actor);
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
            var how = last.State == ExtensionState.Approved ? "approved" : "rejected";
            throw Refuse($"the extension to {last.NewDueDate:yyyy-MM-dd} asked for on {last.RequestedOn:yyyy-MM-dd} was already {how} on {decidedOn:yyyy-MM-dd} by {last.DecidedBy}; nothing is waiting for a decision.");
        }

        if (index < 0)
        {
            throw Refuse("no extension request is waiting for a decision. Request the extension first.");
        }

        if (approve)
        {
            RequireStatus("approve an extension", ItemStatus.Assigned, ItemStatus.SignedFor, ItemStatus.Rehandling);
            if (state.Status == ItemStatus.Rehandling && LastEvaluation is { } evaluation && state.Extensions[index].RequestedOn < evaluation.Date)
            {
                throw Refuse($"the pending extension was asked for on {state.Extensions[index].RequestedOn:yyyy-MM-dd}, for the first reply, before the re-handling that began on {evaluation.Date:yyyy-MM-dd}. Reject it and ask again for the re-handling reply.");
            }
        }

        RequireDate(date, "extension decision", by, (state.Extensions[index].RequestedOn, "extension request"));
        var decided = state.Extensions[index] with
        {
            State = approve ? ExtensionState.Approved : ExtensionState.Rejected,
            DecidedBy = Required(approver?.Trim(), "Approver"),
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
            throw Refuse("it is a Joint (会办) item: the lead unit replies to the deputy and decides whether to publish the reply.");
        }

        if (LastReply is not { } reply)
        {
            throw Refuse("there is no reply yet; disclosure is decided on a reply.");
        }

        if (state.Disclosure?.PublishedOn is { } published)
        {
            throw Refuse($"the reply was already published on {published:yyyy-MM-dd}; the decision can no longer change.");
        }

        RequireDate(date, "disclosure decision", by, (reply.Date, "reply"));
        var why = decision == DisclosureDecision.Withhold
            ? Required(reason, "Reason for not publishing", TextRules.LongTextMaxLength)
            : Optional(reason, "Disclosure note", TextRules.LongTextMaxLength);
        Apply("DecideDisclosure", by, state with { Disclosure = new Disclosure(decision, date, why) });
    }

    /// <summary>Records that the reply was published on <paramref name="date"/>.</summary>
    public void RecordPublication(DateOnly date, ChangeContext by)
    {
        if (state.Disclosure?.PublishedOn is { } published)
        {
            throw Refuse($"the reply was already published on {published:yyyy-MM-dd}; nothing to record.");
        }

        if (state.Disclosure is not { Decision: DisclosureDecision.Publish, PublishedOn: null } disclosure)
        {
            throw Refuse("publication needs a decision to publish that is not yet carried out. Decide to publish first.");
        }

        RequireDate(date, "publication", by, (disclosure.DecidedOn, "decision to publish"));
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
