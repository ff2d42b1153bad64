using SuggestionDesk.Calendar;
using SuggestionDesk.Items;
using SuggestionDesk.Localization;
using SuggestionDesk.Ports;

namespace SuggestionDesk.Services;

/// <summary>What loading a calendar year did.</summary>
/// <param name="Year">The year loaded.</param>
/// <param name="DaysListed">How many holidays and make-up days it lists.</param>
/// <param name="Changes">Running, provisional deadlines of open items whose date moved (extension dates never move).</param>
public sealed record CalendarImport(int Year, int DaysListed, IReadOnlyList<DueDateChange> Changes);

/// <summary>The calendar in force (built-in years plus years loaded later), and loading a newer year.</summary>
public sealed class CalendarService(ICalendarStore calendars, ISuggestionStore items, IDeadlinePolicyStore policies)
{
    /// <summary>The stored deadline policy (docs/domain.md's defaults until one is set) on the calendar from <see cref="LoadAsync"/>.</summary>
    public async Task<ItemDeadlines> LoadDeadlinesAsync(CancellationToken cancellationToken = default)
    {
        var policy = await policies.GetAsync(cancellationToken).ConfigureAwait(false);
        return new(policy.Policy, await LoadAsync(cancellationToken).ConfigureAwait(false));
    }

    /// <summary>The built-in calendar with the stored years in place of the same built-in ones.</summary>
    public async Task<WorkingDayCalendar> LoadAsync(CancellationToken cancellationToken = default) =>
        WorkingDayCalendar.BuiltIn.With(await calendars.GetYearsAsync(cancellationToken).ConfigureAwait(false));

    /// <summary>
    /// Loads one year in the holiday-cn JSON shape (from <paramref name="source"/>, named in errors) and
    /// reports which open items' provisional due dates it moves under the stored deadline policy. A published year
    /// is never replaced by an empty placeholder.
    /// </summary>
    public async Task<CalendarImport> ImportAsync(string json, string source, ChangeContext by, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(by);
        var year = HolidayYear.Parse(json, source);
        var before = await LoadAsync(cancellationToken).ConfigureAwait(false);
        if (!year.IsPublished && before.IsPublished(year.Year))
        {
            throw new InvalidOperationException(
                MessageText.Format(Messages.HolidayEmptyButPublished, source, year.Year));
        }

        await calendars.SaveYearAsync(year, by, cancellationToken).ConfigureAwait(false);
        var after = before.With([year]);
        var open = new List<SuggestionItem>();
        await foreach (var item in items.QueryAsync(new ItemQuery { OpenOnly = true }, cancellationToken).ConfigureAwait(false))
        {
            open.Add(item);
        }

        var policy = await policies.GetAsync(cancellationToken).ConfigureAwait(false);
        return new CalendarImport(year.Year, year.Days.Count, DueDateChange.Between(open, policy.Policy, before, after));
    }
}
