namespace SuggestionDesk.Items;

/// <summary>Describing, assigning, contacts and removal.</summary>
public sealed partial class SuggestionItem
{
    /// <summary>Changes the item's description; fields left null stay as they are.</summary>
    public void Edit(ItemEdit edit, ChangeContext by)
    {
        ArgumentNullException.ThrowIfNull(edit);
        if (edit.Role is { } role && role != state.Role && state.Replies.Count > 0)
        {
            throw Refuse($"its role cannot change from {state.Role} to {role} after a reply was recorded.");
        }

        if (edit.AssignedOn is { } assigned && assigned != state.AssignedOn)
        {
            RequireStatus("change the assignment date", ItemStatus.Assigned);
            if (assigned > by.Today)
            {
                throw Refuse($"the assignment date {assigned:yyyy-MM-dd} is after today ({by.Today:yyyy-MM-dd}).");
            }
        }

        Apply("Edit", by, state with
        {
            Title = edit.Title is null ? state.Title : Required(edit.Title.Trim(), "Title"),
            Kind = edit.Kind ?? state.Kind,
            LeadProposer = edit.Proposers?.Lead ?? state.LeadProposer,
            CoSigners = edit.Proposers?.CoSigners ?? state.CoSigners,
            Topics = edit.Topics is null ? state.Topics : CleanTopics(edit.Topics),
            SubPoints = edit.SubPoints is null ? state.SubPoints : CleanSubPoints(edit.SubPoints),
            Role = edit.Role ?? state.Role,
            LeadUnit = edit.LeadUnit is null ? state.LeadUnit : Optional(edit.LeadUnit.Trim(), "Lead unit"),
            AssignedOn = edit.AssignedOn ?? state.AssignedOn,
            LeadingOfficial = edit.LeadingOfficial is null ? state.LeadingOfficial : Optional(edit.LeadingOfficial.Trim(), "Leading official"),
            Priorities = edit.Priorities is null ? state.Priorities : CleanPriorities(edit.Priorities),
        });
    }

    /// <summary>(Re)assigns the item within the office to a department, owner and e-mail; null leaves a field as it is.</summary>
    public void Assign(string? department, string? owner, string? ownerEmail, ChangeContext by)
    {
        if (!IsOpen)
        {
            throw Refuse($"it is {state.Status} and nothing is due; there is nobody to assign it to.");
        }

        Apply("Assign", by, state with
        {
            Department = department is null ? state.Department : Required(department.Trim(), "Department"),
            Owner = owner is null ? state.Owner : Required(owner.Trim(), "Owner"),
            OwnerEmail = ownerEmail is null ? state.OwnerEmail : CleanEmail(ownerEmail),
        });
    }

    /// <summary>
    /// Records a contact with the deputy (沟通). Contacts are appended on their own, so two people recording
    /// contacts at the same time never conflict. Without a <paramref name="phase"/>, the contact is placed before, during
    /// or after handling by where the item stood on <paramref name="date"/> (<see cref="ContactPhases.Infer"/>).
    /// </summary>
    public Contact RecordContact(DateOnly date, ContactMethod method, string? note, ChangeContext by, ContactPhase? phase = null)
    {
        if (state.Status == ItemStatus.Returned)
        {
            throw Refuse("it was returned; contacts belong to the unit now handling it.");
        }

        if (date > by.Today)
        {
            throw Refuse($"the contact date {date:yyyy-MM-dd} is after today ({by.Today:yyyy-MM-dd}). Record it on or after the day it happens.");
        }

        if (date < state.AssignedOn)
        {
            throw Refuse($"the contact date {date:yyyy-MM-dd} is before the assignment on {state.AssignedOn:yyyy-MM-dd}. Check the date.");
        }

        if (phase == ContactPhase.After && !state.Replies.Any(r => r.Date <= date))
        {
            throw Refuse($"a contact after handling (办后) follows the reply, and none was recorded on or before {date:yyyy-MM-dd}. Give Before (办前) or During (办时), or no phase to have it placed by the dates.");
        }

        var contact = new Contact(
            Guid.NewGuid(), date, method, Optional(note, "Contact note", TextRules.LongTextMaxLength), by.Actor, by.Now,
            phase ?? ContactPhases.Infer(state, date));
        var prefix = $"Contacts[{contact.Id:N}]";
        var entry = new HistoryEntry(Guid.NewGuid(), contact.RecordedAt, by.Actor, "RecordContact",
        [
            new FieldChange($"{prefix}.Date", null, contact.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            new FieldChange($"{prefix}.Method", null, contact.Method.ToString()),
            new FieldChange($"{prefix}.Note", null, contact.Note),
            new FieldChange($"{prefix}.Phase", null, contact.Phase.ToString()),
        ]) { Via = by.Via };
        pendingContacts.Add(new PendingContact(contact, entry));
        return contact;
    }

    /// <summary>The history entry that records the item's removal; stores write it when they delete the item.</summary>
    internal HistoryEntry RemovalEntry(ChangeContext by) =>
        new(Guid.NewGuid(), by.Now, by.Actor, "Remove", [new FieldChange("Status", state.Status.ToString(), null)]);
}
