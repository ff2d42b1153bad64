namespace SuggestionDesk.Items;

/// <summary>
/// Who is making a change, the clock it is made by and the office's time zone. Every state change of an
/// item takes one, so the history says who and when without the domain reading the system clock.
/// </summary>
public sealed class ChangeContext
{
    /// <summary>Creates a context for <paramref name="actor"/> reading time from <paramref name="clock"/>, in <paramref name="zone"/> (default <see cref="OfficeTime.China"/>).</summary>
    public ChangeContext(string actor, TimeProvider clock, TimeZoneInfo? zone = null)
    {
        Actor = TextRules.Required(actor?.Trim(), Localization.Messages.FieldActor);
        Clock = clock ?? throw new ArgumentNullException(nameof(clock));
        Zone = zone ?? OfficeTime.China;
    }

    /// <summary>The person or identity making the change.</summary>
    public string Actor { get; }

    /// <summary>
    /// How the change came in when not from the office's own tools, e.g. <see cref="HistoryEntry.ViaMailLink"/>; kept
    /// on the history entries it makes. Null for the office's own changes.
    /// </summary>
    public string? Via { get; init; }

    /// <summary>The clock.</summary>
    public TimeProvider Clock { get; }

    /// <summary>The office's time zone.</summary>
    public TimeZoneInfo Zone { get; }

    /// <summary>Now, as an instant with the office's offset.</summary>
    public DateTimeOffset Now => TimeZoneInfo.ConvertTime(Clock.GetUtcNow(), Zone);

    /// <summary>The office's today: dated events after it are refused.</summary>
    public DateOnly Today => DateOnly.FromDateTime(Now.DateTime);
}
