namespace SuggestionDesk.Items;

/// <summary>Where an extension request stands.</summary>
public enum ExtensionState
{
    /// <summary>Asked for, not yet decided.</summary>
    Requested,

    /// <summary>Approved: its date replaces the computed due date.</summary>
    Approved,

    /// <summary>Refused: the computed due date stands.</summary>
    Rejected,
}

/// <summary>A request to move the reply due date (延期), and its decision.</summary>
/// <param name="NewDueDate">The date asked for.</param>
/// <param name="Reason">Why more time is needed.</param>
/// <param name="RequestedOn">The day it was asked for.</param>
/// <param name="RequestedBy">Who asked.</param>
/// <param name="State">Requested, approved or rejected.</param>
/// <param name="DecidedBy">Who approved or rejected it.</param>
/// <param name="DecidedOn">When it was decided.</param>
public sealed record Extension(
    DateOnly NewDueDate,
    string Reason,
    DateOnly RequestedOn,
    string RequestedBy,
    ExtensionState State = ExtensionState.Requested,
    string? DecidedBy = null,
    DateOnly? DecidedOn = null);
