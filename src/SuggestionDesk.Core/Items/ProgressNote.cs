namespace SuggestionDesk.Items;

/// <summary>A note from the handling officer on how the handling is going (办理进展), between sign-for and reply.</summary>
/// <param name="Date">The day the progress was reported.</param>
/// <param name="Text">What was done and what comes next.</param>
/// <param name="ReportedBy">Who reported it.</param>
public sealed record ProgressNote(DateOnly Date, string Text, string ReportedBy);
