using SuggestionDesk.Calendar;
using SuggestionDesk.Items;
using SuggestionDesk.Localization;

namespace SuggestionDesk.Reporting;

/// <summary>
/// Computes the figures of the report for the standing committee (<see cref="SuggestionSummary"/>) from the
/// items, their clocks under a policy and calendar, and an as-of date. What <c>Get-SuggestionSummary</c> and
/// the report both show.
/// </summary>
public sealed class SummaryCalculator(ItemDeadlines deadlines)
{
    /// <summary>The clocks used to decide on time and overdue.</summary>
    public ItemDeadlines Deadlines { get; } = deadlines ?? throw new ArgumentNullException(nameof(deadlines));

    /// <summary>
    /// The figures of <paramref name="items"/> as of <paramref name="asOf"/>, limited to
    /// <paramref name="session"/> (compared exactly, after trimming) when one is given. Items assigned after
    /// <paramref name="asOf"/> are not counted, and every event dated after it counts as not yet happened.
    /// </summary>
    public SuggestionSummary Calculate(IEnumerable<SuggestionItem> items, DateOnly asOf, string? session = null) =>
        Calculate(items, ItemContacts.None, asOf, session);

    /// <summary>
    /// The figures of <paramref name="items"/> as <see cref="Calculate(IEnumerable{SuggestionItem}, DateOnly, string?)"/>
    /// computes them, with their <paramref name="contacts"/> with deputies counted too: those dated on or before
    /// <paramref name="asOf"/>, of the items counted (not of returned ones).
    /// </summary>
    public SuggestionSummary Calculate(IEnumerable<SuggestionItem> items, ItemContacts contacts, DateOnly asOf, string? session = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(contacts);
        var wanted = session?.Trim();
        if (wanted is { Length: 0 })
        {
            throw new ArgumentException(Messages.SummarySessionBlank, nameof(session));
        }

        var facts = items
            .Where(item => wanted is null || string.Equals(item.Session, wanted, StringComparison.Ordinal))
            .Select(item => ItemAsOf.On(item, asOf))
            .OfType<SuggestionItem>()
            .Select(item => ItemFacts.Of(item, Deadlines, asOf, contacts.Of(item)))
            .ToArray();

        var byDepartment = facts
            .GroupBy(f => f.Department, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new SummaryRow(g.Key, SummaryTally.Of(g)))
            .ToArray();
        var bySession = facts
            .GroupBy(f => f.Session, StringComparer.Ordinal)
            .OrderBy(g => g.Min(f => f.AssignedOn))
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new SummaryRow(g.Key, SummaryTally.Of(g)))
            .ToArray();
        return new SuggestionSummary(asOf, wanted, SummaryTally.Of(facts), byDepartment, bySession);
    }
}
