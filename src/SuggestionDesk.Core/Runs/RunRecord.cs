namespace SuggestionDesk.Runs;

/// <summary>
/// One reminder, digest or report run, from a timer or a cmdlet, as it is kept in the store: what it was asked to do
/// and how it ended, so the office can see that the jobs run and alerts can find a failed or missing one.
/// </summary>
public sealed record RunRecord
{
    /// <summary>The phrase a summary begins its reason with when nothing was due, which an alert on missing runs reads.</summary>
    public const string NothingDuePhrase = "nothing due today: not a working day";

    /// <summary>A unique id.</summary>
    public Guid Id { get; init; } = Guid.NewGuid();

    /// <summary>The job.</summary>
    public required RunKind Kind { get; init; }

    /// <summary>Who ran it: the timer's name (<c>Reminders</c>) or the user.</summary>
    public required string Host { get; init; }

    /// <summary>When it started.</summary>
    public required DateTimeOffset Started { get; init; }

    /// <summary>When it finished.</summary>
    public required DateTimeOffset Finished { get; init; }

    /// <summary>How it ended.</summary>
    public required RunOutcome Outcome { get; init; }

    /// <summary>The day it ran for (reminders), or the report's period name (<c>2026-10</c>).</summary>
    public string? For { get; init; }

    /// <summary>Messages planned.</summary>
    public int Planned { get; init; }

    /// <summary>Messages the transport accepted.</summary>
    public int Sent { get; init; }

    /// <summary>Messages that failed (retried on the next run).</summary>
    public int Failed { get; init; }

    /// <summary>Items whose officer has no address.</summary>
    public int NotAddressed { get; init; }

    /// <summary>The first error, or null.</summary>
    public string? FirstError { get; init; }

    /// <summary>How long it took.</summary>
    public TimeSpan Duration => Finished - Started;

    /// <summary>One line saying what the run did, as the timers log it.</summary>
    public string Summary => Outcome == RunOutcome.NothingDue
        ? $"{Kind} run for {For} by {Host}: {NothingDuePhrase}{(FirstError is null ? string.Empty : $" ({FirstError})")}"
        : $"{Kind} run for {For} by {Host}: {Outcome}; {Planned} planned, {Sent} sent, {Failed} failed, {NotAddressed} not addressed" +
          (FirstError is null ? string.Empty : $"; first error: {FirstError}");
}
