namespace SuggestionDesk.Items;

/// <summary>
/// Who is making a change and the clock it is made by. Every state change of an item takes one, so the
/// history says who and when without the domain reading the system clock.
/// </summary>
public sealed class ChangeContext
{
    /// <summary>Creates a context for <paramref name="actor"/> reading time from <paramref name="clock"/>.</summary>
    public ChangeContext(string actor, TimeProvider clock)
    {
        Actor = TextRules.Required(actor?.Trim(), "Actor");
        Clock = clock ?? throw new ArgumentNullException(nameof(clock));
    }

    /// <summary>The person or identity making the change.</summary>
    public string Actor { get; }

    /// <summary>The clock.</summary>
    public TimeProvider Clock { get; }

    /// <summary>Now, as an instant with the local offset.</summary>
    public DateTimeOffset Now => Clock.GetLocalNow();

    /// <summary>Today in the clock's local time zone: dated events after it are refused.</summary>
    public DateOnly Today => DateOnly.FromDateTime(Clock.GetLocalNow().DateTime);
}
