namespace SuggestionDesk.Reminders;

/// <summary>
/// What the reminder log records of each reminder sent: to whom, about which item and clock, at which
/// stage, for which date. The same key is never sent twice.
/// </summary>
/// <param name="Recipient">The recipient's e-mail, lower case.</param>
/// <param name="Number">The item's number.</param>
/// <param name="Clock">The clock (e.g. Reply, EvaluationChase).</param>
/// <param name="Stage">The stage, e.g. D-7 or Overdue.</param>
/// <param name="Date">The date the stage belongs to: the stage's send date, or the run's date while overdue.</param>
public sealed record ReminderKey(string Recipient, string Number, string Clock, string Stage, DateOnly Date);
