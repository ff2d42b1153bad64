namespace SuggestionDesk.Items;

/// <summary>Whether a reply is published (公开).</summary>
public enum DisclosureDecision
{
    /// <summary>Touches the public interest: publish it, with contact details and secrets removed.</summary>
    Publish,

    /// <summary>Not published; the reason says why.</summary>
    Withhold,
}

/// <summary>The disclosure decision on an item's reply and, once published, the publication date.</summary>
/// <param name="Decision">Publish or withhold.</param>
/// <param name="DecidedOn">When it was decided.</param>
/// <param name="Reason">Why (required to withhold).</param>
/// <param name="PublishedOn">When it was published; null until then.</param>
public sealed record Disclosure(DisclosureDecision Decision, DateOnly DecidedOn, string? Reason, DateOnly? PublishedOn = null)
{
    /// <summary>Decided to publish and not yet published.</summary>
    public bool IsPending => Decision == DisclosureDecision.Publish && PublishedOn is null;
}
