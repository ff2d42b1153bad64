namespace SuggestionDesk.PowerShell.Reminders;

/// <summary>One entry of the reminder directory, as <c>Get-SuggestionDirectory</c> shows it.</summary>
/// <param name="Role">Office (the supervising office's mailbox) or Head (a department head).</param>
/// <param name="Department">The department, for a head.</param>
/// <param name="Mailbox">The e-mail address.</param>
public sealed record DirectoryEntry(string Role, string? Department, string Mailbox);
