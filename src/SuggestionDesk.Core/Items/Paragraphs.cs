namespace SuggestionDesk.Items;

/// <summary>
/// A long text as paragraphs, the way measures are written: each line break (Enter in a cmdlet's text, Alt+Enter in an
/// Excel cell, a line or paragraph separator pasted from Word) ends a paragraph. Paragraphs are trimmed (the
/// ideographic spaces Word indents a Chinese paragraph with included: the report indents its own) and blank lines are
/// dropped, so that the text reads the same from every source and comes back from a ledger exactly as stored.
/// </summary>
public static class Paragraphs
{
    private static readonly string[] Breaks = ["\r\n", "\n", "\r", "\u2028", "\u2029"];

    /// <summary>The paragraphs of <paramref name="text"/>, each trimmed, blank ones left out; none for null or blank text.</summary>
    public static IReadOnlyList<string> Split(string? text) =>
        string.IsNullOrEmpty(text) ? [] : text.Split(Breaks, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !TextRules.IsBlank(p))
            .ToArray();

    /// <summary>The paragraphs of <paramref name="text"/> joined by one line break each (<c>\n</c>); null when it has none.</summary>
    public static string? Normalize(string? text) => Split(text) is { Count: > 0 } paragraphs ? string.Join('\n', paragraphs) : null;
}
