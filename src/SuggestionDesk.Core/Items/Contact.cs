namespace SuggestionDesk.Items;

/// <summary>One contact with the deputy (沟通): before, during or after handling.</summary>
/// <param name="Id">Identifies the contact; contacts are appended, never edited.</param>
/// <param name="Date">The day it took place.</param>
/// <param name="Method">Phone, visit, meeting, survey or other.</param>
/// <param name="Note">What was discussed; may be empty.</param>
/// <param name="RecordedBy">Who recorded it.</param>
/// <param name="RecordedAt">When it was recorded.</param>
/// <param name="Phase">
/// Before, during or after handling: as given when it was recorded, else placed by <see cref="ContactPhases.Infer"/>
/// from the item as it stood on <paramref name="Date"/>.
/// </param>
public sealed record Contact(
    Guid Id,
    DateOnly Date,
    ContactMethod Method,
    string? Note,
    string RecordedBy,
    DateTimeOffset RecordedAt,
    ContactPhase Phase);
