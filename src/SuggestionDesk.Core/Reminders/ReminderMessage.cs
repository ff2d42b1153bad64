namespace SuggestionDesk.Reminders;

/// <summary>
/// Everything one person receives in one run, as one message: their reminders in each capacity (owner,
/// head, office) and their weekly digests, with the log keys that record it as sent.
/// </summary>
/// <param name="Recipient">The e-mail address.</param>
/// <param name="Reminders">Reminder sections, owner first.</param>
/// <param name="Digests">Weekly digest sections.</param>
/// <param name="Keys">What the reminder log records once the message is sent.</param>
public sealed record ReminderMessage(
    string Recipient,
    IReadOnlyList<ReminderSection> Reminders,
    IReadOnlyList<DigestSection> Digests,
    IReadOnlyList<ReminderKey> Keys)
{
    private IEnumerable<ReminderLine> Lines => Reminders.SelectMany(s => s.Lines);

    /// <summary>Lines for clocks not yet due (a stage before the due date).</summary>
    public int DueSoon => Lines.Count(l => l.Stage.Kind == ReminderKind.BeforeDue);

    /// <summary>Lines for clocks due today.</summary>
    public int DueToday => Lines.Count(l => l.Stage.Kind == ReminderKind.DueToday);

    /// <summary>Lines for overdue clocks.</summary>
    public int Overdue => Lines.Count(l => l.Stage.Kind == ReminderKind.Overdue);

    /// <summary>Lines asking to follow up a missing evaluation.</summary>
    public int Chases => Lines.Count(l => l.Stage.Kind == ReminderKind.EvaluationChase);
}

/// <summary>A run's plan: the messages to send, or why none go out today, and what could not be addressed.</summary>
/// <param name="AsOf">The run's date.</param>
/// <param name="SkippedBecause">Why nothing goes out (a non-working day), or null.</param>
/// <param name="Messages">One message per person.</param>
/// <param name="Unaddressed">Reminders that have nobody to go to (an owner without e-mail), for the office to fix.</param>
public sealed record ReminderPlan(DateOnly AsOf, string? SkippedBecause, IReadOnlyList<ReminderMessage> Messages, IReadOnlyList<ReminderLine> Unaddressed);
