namespace SuggestionDesk.Reminders;

/// <summary>
/// One clock's line for a run, before it is addressed: its stage and the date the stage belongs to (none for a line
/// sent only as part of a break's warning), and whether the break's warning covers it.
/// </summary>
internal sealed record CandidateLine(ReminderLine Line, DateOnly? StageDate)
{
    private static readonly string BreakStage = new ReminderStage(ReminderKind.BeforeBreak).ToString();

    /// <summary>
    /// What the log records for the line sent to <paramref name="recipient"/>: the stage, and the break's warning on the
    /// run's date. A stage and the warning on the same day are one line, recorded under both keys.
    /// </summary>
    public IReadOnlyList<ReminderKey> Keys(string recipient, DateOnly asOf)
    {
        var address = recipient.ToLowerInvariant();
        var keys = new List<ReminderKey>(2);
        if (StageDate is { } date)
        {
            keys.Add(new ReminderKey(address, Line.Number.Value, Line.Clock, Line.Stage.ToString(), date));
        }

        if (Line.Break is not null)
        {
            keys.Add(new ReminderKey(address, Line.Number.Value, Line.Clock, BreakStage, asOf));
        }

        return keys;
    }

    /// <summary>
    /// The line as sent: when its stage went out on an earlier day and only the break's warning is new, the line is the
    /// warning, not the stage again.
    /// </summary>
    public ReminderLine LineGiven(IReadOnlyList<ReminderKey> keys, IReadOnlySet<ReminderKey> alreadySent) =>
        Line.Break is not null && StageDate is not null && alreadySent.Contains(keys[0]) && !alreadySent.Contains(keys[^1])
            ? Line with { Stage = new ReminderStage(ReminderKind.BeforeBreak) }
            : Line;
}
