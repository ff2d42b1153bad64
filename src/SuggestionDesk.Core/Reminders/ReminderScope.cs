namespace SuggestionDesk.Reminders;

/// <summary>What a run plans: everything (the cmdlet's default), or the stage reminders and the digest as separate timers do.</summary>
public enum ReminderScope
{
    /// <summary>Stage reminders, escalations, the evaluation chase and, on the first working day of the week, the digest.</summary>
    All,

    /// <summary>Stage reminders, escalations and the evaluation chase.</summary>
    Reminders,

    /// <summary>The weekly digest only (on the first working day of the week; nothing on other days).</summary>
    Digest,
}
