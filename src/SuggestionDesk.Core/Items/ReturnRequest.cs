namespace SuggestionDesk.Items;

/// <summary>Where a return request stands.</summary>
public enum ReturnState
{
    /// <summary>Asked for, not yet decided.</summary>
    Requested,

    /// <summary>Approved: the item leaves our hands (status <see cref="ItemStatus.Returned"/>).</summary>
    Approved,

    /// <summary>Refused: we keep handling it.</summary>
    Rejected,
}

/// <summary>A request to return a wrongly assigned item (退回).</summary>
/// <param name="RequestedOn">The day it was asked for.</param>
/// <param name="Reason">Why the assignment is wrong, and to whom it belongs.</param>
/// <param name="State">Requested, approved or rejected.</param>
/// <param name="DecidedBy">Who decided.</param>
/// <param name="DecidedOn">When it was decided.</param>
public sealed record ReturnRequest(
    DateOnly RequestedOn,
    string Reason,
    ReturnState State = ReturnState.Requested,
    string? DecidedBy = null,
    DateOnly? DecidedOn = null);
