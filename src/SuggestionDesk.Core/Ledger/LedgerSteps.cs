using SuggestionDesk.Items;

namespace SuggestionDesk.Ledger;

/// <summary>
/// Runs the item's methods for one row and turns a refusal (<see cref="ItemRuleException"/>, or an
/// <see cref="ArgumentException"/> for a value) into a row error on the column that carried the value.
/// </summary>
internal sealed class LedgerSteps(LedgerEntry entry, ICollection<LedgerError> errors)
{
    /// <summary>Runs <paramref name="step"/>; false, with the error added, when the item refuses it.</summary>
    public bool Run(LedgerColumn column, Action step)
    {
        try
        {
            step();
            return true;
        }
        catch (Exception e) when (e is ItemRuleException or ArgumentException)
        {
            errors.Add(entry.Error(column, e.Message));
            return false;
        }
    }

    /// <summary>Adds an error that needs no call to find.</summary>
    public bool Fail(LedgerColumn column, string expected)
    {
        errors.Add(entry.Error(column, expected));
        return false;
    }
}
