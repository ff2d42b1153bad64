using SuggestionDesk.Items;

namespace SuggestionDesk.Calendar;

/// <summary>A running deadline whose date moved because a newer calendar was loaded.</summary>
/// <param name="Number">The item.</param>
/// <param name="Clock">The clock.</param>
/// <param name="Before">The deadline under the old calendar.</param>
/// <param name="After">The deadline under the new calendar.</param>
public sealed record DueDateChange(SuggestionNumber Number, DeadlineClock Clock, Deadline Before, Deadline After)
{
    /// <summary>Compares the running, provisional deadlines of <paramref name="items"/> under two calendars.</summary>
    public static IReadOnlyList<DueDateChange> Between(
        IEnumerable<SuggestionItem> items, DeadlinePolicy policy, WorkingDayCalendar before, WorkingDayCalendar after)
    {
        var old = new ItemDeadlines(policy, before);
        var next = new ItemDeadlines(policy, after);
        var changes = new List<DueDateChange>();
        foreach (var item in items)
        {
            var newDeadlines = next.For(item);
            foreach (var was in old.For(item).Where(d => !d.IsMet && d.Ended is null && d.IsProvisional))
            {
                var now = newDeadlines.First(d => d.Clock == was.Clock && d.Start == was.Start);
                if (now.Due != was.Due || now.IsProvisional != was.IsProvisional)
                {
                    changes.Add(new DueDateChange(item.Number, was.Clock, was, now));
                }
            }
        }

        return changes;
    }
}
