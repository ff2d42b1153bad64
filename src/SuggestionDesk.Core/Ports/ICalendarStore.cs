using SuggestionDesk.Calendar;
using SuggestionDesk.Items;

namespace SuggestionDesk.Ports;

/// <summary>
/// Holiday calendar years loaded after release, kept with the data so that the module and the Functions
/// app use the same calendar. They replace the built-in years of the same number.
/// </summary>
public interface ICalendarStore
{
    /// <summary>The years loaded so far.</summary>
    Task<IReadOnlyList<HolidayYear>> GetYearsAsync(CancellationToken cancellationToken = default);

    /// <summary>Stores <paramref name="year"/>, replacing a stored year of the same number.</summary>
    Task SaveYearAsync(HolidayYear year, ChangeContext by, CancellationToken cancellationToken = default);
}
