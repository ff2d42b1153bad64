using SuggestionDesk.Localization;

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
            throw Refuse(MessageText.Format(Messages.ItemRoleFixedAfterReply, HandlingRoleRules.Words.Shown(state.Role), HandlingRoleRules.Words.Shown(role)));
        }

        if (edit.AssignedOn is { } assigned && assigned != state.AssignedOn)
        {
            RequireStatus(Messages.ActionChangeAssignmentDate, ItemStatus.Assigned);
            if (assigned > by.Today)
            {
                throw Refuse(MessageText.Format(Messages.ItemAssignmentAfterToday, assigned, by.Today));
            }
        }

        Apply("Edit", by, state with
        {
            Title = edit.Title is null ? state.Title : Required(edit.Title.Trim(), Messages.FieldTitle),
            Kind = edit.Kind ?? state.Kind,
            LeadProposer = edit.Proposers?.Lead ?? state.LeadProposer,
            CoSigners = edit.Proposers?.CoSigners ?? state.CoSigners,
            Topics = edit.Topics is null ? state.Topics : CleanTopics(edit.Topics),
            SubPoints = edit.SubPoints is null ? state.SubPoints : CleanSubPoints(edit.SubPoints),
            Role = edit.Role ?? state.Role,
            LeadUnit = edit.LeadUnit is null ? state.LeadUnit : Optional(edit.LeadUnit.Trim(), Messages.FieldLeadUnit),
            AssignedOn = edit.AssignedOn ?? state.AssignedOn,
            LeadingOfficial = edit.LeadingOfficial is null ? state.LeadingOfficial : Optional(edit.LeadingOfficial.Trim(), Messages.FieldLeadingOfficial),
            Priorities = edit.Priorities is null ? state.Priorities : CleanPriorities(edit.Priorities),
        });
    }

    /// <summary>(Re)assigns the item within the office to a department, owner and e-mail; null leaves a field as it is.</summary>
    public void Assign(string? department, string? owner, string? ownerEmail, ChangeContext by)
    {
        if (!IsOpen)
        {
            throw Refuse(MessageText.Format(Messages.ItemNothingToAssign, ItemStatusNames.Words.Shown(state.Status)));
        }

        Apply("Assign", by, state with
        {
            Department = department is null ? state.Department : Required(department.Trim(), Messages.FieldDepartment),
            Owner = owner is null ? state.Owner : Required(owner.Trim(), Messages.FieldOwner),
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
            throw Refuse(Messages.ItemContactsReturned);
        }

        if (date > by.Today)
        {
            throw Refuse(MessageText.Format(Messages.ItemContactAfterToday, date, by.Today));
        }

        if (date < state.AssignedOn)
        {
            throw Refuse(MessageText.Format(Messages.ItemContactBeforeAssignment, date, state.AssignedOn));
        }

        if (phase == ContactPhase.After && !state.Replies.Any(r => r.Date <= date))
        {
            throw Refuse(MessageText.Format(Messages.ItemContactAfterNeedsReply, date));
        }

        var contact = new Contact(
            Guid.NewGuid(), date, method, Optional(note, Messages.FieldContactNote, TextRules.LongTextMaxLength), by.Actor, by.Now,
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
