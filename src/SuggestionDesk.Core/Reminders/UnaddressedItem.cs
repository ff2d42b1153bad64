using SuggestionDesk.Items;

namespace SuggestionDesk.Reminders;

/// <summary>
/// An item with reminders in a run whose handling officer has no e-mail address (承办人未登记邮箱): its reminders go to
/// the department head, else the supervising office, or, with neither in the directory, nowhere. Reported so that
/// nobody falls through silently and the office can register the address.
/// </summary>
/// <param name="Number">The item's number.</param>
/// <param name="Title">The item's title.</param>
/// <param name="Department">The handling department.</param>
/// <param name="Officer">The handling officer, as the ledger names them.</param>
/// <param name="SentTo">The address its reminders go to instead; null when there is none.</param>
/// <param name="SentAs">Whom <paramref name="SentTo"/> belongs to: <see cref="RecipientRole.DepartmentHead"/> or <see cref="RecipientRole.Office"/>; null with it.</param>
/// <param name="Lines">The reminders it has in the run.</param>
public sealed record UnaddressedItem(
    SuggestionNumber Number, string Title, string Department, string Officer, string? SentTo, RecipientRole? SentAs, IReadOnlyList<ReminderLine> Lines)
{
    /// <summary>Why and where its reminders go, in English.</summary>
    public string Reason => SentAs switch
    {
        RecipientRole.DepartmentHead => "The officer has no e-mail address; the reminders go to the department head instead.",
        RecipientRole.Office => "The officer has no e-mail address and the department has no head in the directory; the reminders go to the supervising office instead.",
        _ => "The officer has no e-mail address, and neither the department head nor the supervising office is in the directory; the reminders were not sent.",
    };

    /// <summary>Why and where its reminders go, in Chinese.</summary>
    public string ReasonChinese => SentAs switch
    {
        RecipientRole.DepartmentHead => "承办人未登记邮箱，提醒改发处室负责人。",
        RecipientRole.Office => "承办人未登记邮箱，处室负责人也未登记，提醒改发督办室。",
        _ => "承办人未登记邮箱，处室负责人和督办室也均未登记邮箱，提醒未能发出。",
    };
}
