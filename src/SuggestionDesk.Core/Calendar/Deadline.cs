using SuggestionDesk.Items;

namespace SuggestionDesk.Calendar;

/// <summary>
/// One clock on one item: when it started, its due date (computed, or fixed by an approved extension),
/// and when it was met. Explains itself in Chinese and English.
/// </summary>
/// <param name="Clock">Which clock.</param>
/// <param name="Start">The day it started (day 0).</param>
/// <param name="StartEvent">What started it, in English (e.g. "the assignment").</param>
/// <param name="Computed">The due date the rule gives.</param>
/// <param name="Extension">The approved extension that fixed the due date, if any.</param>
/// <param name="MetOn">The day it was met (signed for, replied, requested, published); null while running.</param>
public sealed record Deadline(
    DeadlineClock Clock,
    DateOnly Start,
    string StartEvent,
    DueDate Computed,
    Extension? Extension,
    DateOnly? MetOn)
{
    /// <summary>The date in force: an approved extension's date, else the date promised, else the computed one.</summary>
    public DateOnly Due => Extension?.NewDueDate ?? Promised ?? Computed.Date;

    /// <summary>For the follow-up clock: the date the class B reply promised a further answer by, if it named one.</summary>
    public DateOnly? Promised { get; init; }

    /// <summary>Whether it was met.</summary>
    public bool IsMet => MetOn is not null;

    /// <summary>Why it stopped running unmet (the item was returned), if it did: nothing is due on it any more.</summary>
    public DeadlineEnd? Ended { get; init; }

    /// <summary>A window (the return clock) closes rather than falls due: missing it is not "overdue".</summary>
    public bool IsWindow => Clock == DeadlineClock.Return;

    /// <summary>Whether the date may still change when a missing year's calendar is published (never for an extension's or a promised date).</summary>
    public bool IsProvisional => Extension is null && Promised is null && Computed.IsProvisional;

    /// <summary>The state of this clock on <paramref name="asOf"/>; "due soon" within <paramref name="soonDays"/> calendar days.</summary>
    public DeadlineStatus StatusOn(DateOnly asOf, WorkingDayCalendar calendar, int soonDays = 14)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (MetOn is { } met)
        {
            var late = met > Due ? calendar.WorkingDaysBetween(Due, met) : 0;
            return new DeadlineStatus(met <= Due ? DeadlineState.Met : DeadlineState.MetLate, Due.DayNumber - met.DayNumber, late, CountIsProvisional(calendar, met));
        }

        if (Ended is { } end)
        {
            return new DeadlineStatus(DeadlineState.Ended, Due.DayNumber - end.On.DayNumber, 0) { Ended = end };
        }

        var daysLeft = Due.DayNumber - asOf.DayNumber;
        if (daysLeft < 0)
        {
            return IsWindow
                ? new DeadlineStatus(DeadlineState.WindowClosed, daysLeft, 0, IsProvisional)
                : new DeadlineStatus(DeadlineState.Overdue, daysLeft, calendar.WorkingDaysBetween(Due, asOf), CountIsProvisional(calendar, asOf));
        }

        var state = daysLeft == 0 ? DeadlineState.DueToday : daysLeft <= soonDays ? DeadlineState.DueSoon : DeadlineState.NotYetDue;
        return new DeadlineStatus(state, daysLeft, 0, IsProvisional);
    }

    /// <summary>Working days late counted through a year without a calendar are a guess, like a date computed through one.</summary>
    private bool CountIsProvisional(WorkingDayCalendar calendar, DateOnly through) =>
        IsProvisional || (through > Due && calendar.MissingYearsBetween(Due, through).Count > 0);

    /// <summary>A sentence a person can check, in English.</summary>
    public string ExplainEnglish() => DeadlineExplanation.English(this);

    /// <summary>A sentence a person can check, in Chinese.</summary>
    public string ExplainChinese() => DeadlineExplanation.Chinese(this);
}
