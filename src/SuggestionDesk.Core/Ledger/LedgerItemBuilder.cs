using SuggestionDesk.Items;

namespace SuggestionDesk.Ledger;

/// <summary>
/// Turns a ledger entry into the item it describes by calling the item's own methods, so every domain rule
/// applies: a new item is created and then lives through the events the row carries (sign-for, reply,
/// evaluation, publication), and is recorded as one <c>Create</c> entry holding the state it reached; an existing
/// item gets only the differences, each event its own entry. A refusal becomes a row error on
/// the column that caused it, and the row's later steps are not tried.
/// </summary>
internal sealed class LedgerItemBuilder(ChangeContext by)
{
    /// <summary>
    /// A new item as the row describes it, or null with the row's error added; <paramref name="points"/> then sets its
    /// points (from the measures), within its one <c>Create</c> entry.
    /// </summary>
    public SuggestionItem? Create(LedgerEntry entry, ICollection<LedgerError> errors, Action<SuggestionItem>? points = null)
    {
        var spec = new NewItem
        {
            Number = entry.Number,
            Kind = entry.Kind ?? ItemKind.Suggestion,
            Session = entry.Session,
            Title = entry.Title,
            Proposers = entry.Proposers,
            Topics = entry.Topics ?? [],
            Role = entry.Role,
            LeadUnit = string.IsNullOrEmpty(entry.LeadUnit) ? null : entry.LeadUnit,
            Department = entry.Department,
            Owner = entry.Owner,
            OwnerEmail = string.IsNullOrEmpty(entry.OwnerEmail) ? null : entry.OwnerEmail,
            AssignedOn = entry.AssignedOn,
            LeadingOfficial = string.IsNullOrEmpty(entry.LeadingOfficial) ? null : entry.LeadingOfficial,
            Priorities = entry.Priorities ?? [],
        };

        SuggestionItem? item = null;
        var steps = new LedgerSteps(entry, errors);
        if (!steps.Run(LedgerColumns.AssignedOn, () => item = SuggestionItem.CreateInSteps(spec, by)) || item is null)
        {
            return null;
        }

        // A new item has nothing recorded, so no warnings can arise here.
        if (!new LedgerEvents(entry, item, by, steps).Apply(new List<LedgerWarning>()))
        {
            return null;
        }

        points?.Invoke(item);
        item.RecordCreationAsOne();
        return item;
    }

    /// <summary>
    /// Applies the row's differences to <paramref name="item"/> (read from the store), then <paramref name="points"/>;
    /// false with the row's errors added when the row contradicts it. Afterwards
    /// <see cref="SuggestionItem.HasStateChanges"/> tells whether anything changed.
    /// </summary>
    public bool Update(SuggestionItem item, LedgerEntry entry, ICollection<LedgerError> errors, ICollection<LedgerWarning> warnings, Action<SuggestionItem>? points = null)
    {
        var steps = new LedgerSteps(entry, errors);
        if (!string.Equals(item.Session, entry.Session, StringComparison.Ordinal))
        {
            errors.Add(entry.Error(LedgerColumns.Session,
                Localization.MessageText.Format(Localization.Messages.LedgerSessionFixed, item.Session)));
            return false;
        }

        // Role and assignment date have rules of their own (fixed after a reply / after sign-for): edit them
        // apart so that a refusal points at the right column.
        if (entry.Role != item.Role && !steps.Run(LedgerColumns.Role, () => item.Edit(new ItemEdit { Role = entry.Role }, by)))
        {
            return false;
        }

        if (entry.AssignedOn != item.AssignedOn && !steps.Run(LedgerColumns.AssignedOn, () => item.Edit(new ItemEdit { AssignedOn = entry.AssignedOn }, by)))
        {
            return false;
        }

        var edit = new ItemEdit
        {
            Title = entry.Title,
            Kind = entry.Kind,
            Proposers = entry.Proposers,
            Topics = entry.Topics,
            LeadUnit = entry.LeadUnit,
            LeadingOfficial = entry.LeadingOfficial,
            Priorities = entry.Priorities,
        };
        if (!steps.Run(LedgerColumns.Title, () => item.Edit(edit, by)) || !Reassign(item, entry, steps))
        {
            return false;
        }

        if (!new LedgerEvents(entry, item, by, steps).Apply(warnings))
        {
            return false;
        }

        points?.Invoke(item);
        return true;
    }

    private bool Reassign(SuggestionItem item, LedgerEntry entry, LedgerSteps steps)
    {
        var department = Differs(item.Department, entry.Department);
        var owner = Differs(item.Owner, entry.Owner);
        var email = entry.OwnerEmail is null ? null : Differs(item.OwnerEmail ?? string.Empty, entry.OwnerEmail);
        if (department is null && owner is null && email is null)
        {
            return true;
        }

        var column = department is not null ? LedgerColumns.Department : owner is not null ? LedgerColumns.Owner : LedgerColumns.OwnerEmail;
        return steps.Run(column, () => item.Assign(department, owner, email, by));
    }

    private static string? Differs(string stored, string given) => string.Equals(stored, given, StringComparison.Ordinal) ? null : given;
}
