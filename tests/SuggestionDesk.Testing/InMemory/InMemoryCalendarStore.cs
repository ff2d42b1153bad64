using SuggestionDesk.Calendar;
using SuggestionDesk.Items;
using SuggestionDesk.Ports;

namespace SuggestionDesk.Testing;

/// <summary><see cref="ICalendarStore"/> in memory: one year per number, in year order.</summary>
public sealed class InMemoryCalendarStore : ICalendarStore
{
    private readonly Lock gate = new();
    private readonly SortedDictionary<int, HolidayYear> years = [];

    /// <inheritdoc />
    public Task<IReadOnlyList<HolidayYear>> GetYearsAsync(CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult<IReadOnlyList<HolidayYear>>([.. years.Values]);
        }
    }

    /// <inheritdoc />
    public Task SaveYearAsync(HolidayYear year, ChangeContext by, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(year);
        ArgumentNullException.ThrowIfNull(by);
        lock (gate)
        {
            years[year.Year] = year;
        }

        return Task.CompletedTask;
    }
}
