namespace SuggestionDesk.Ledger;

/// <summary>
/// Line breaks typed into one-line cells (Alt+Enter in Excel, to make a long title or a department wrap). A title,
/// a name or a department is one line, so the lines are joined: directly between two Chinese characters (a title
/// broken mid-phrase), with one space otherwise (two names, a Latin word). Long texts keep their line breaks.
/// </summary>
internal static class LedgerLineBreaks
{
    private static readonly string[] Breaks = ["\r\n", "\n", "\r", "\u2028", "\u2029"];

    /// <summary>Whether <paramref name="text"/> holds a line break.</summary>
    public static bool Has(string text) => text.AsSpan().IndexOfAny('\n', '\r', '\u2028') >= 0 || text.Contains('\u2029');

    /// <summary>The lines of <paramref name="text"/> joined into one, each trimmed, blank lines dropped.</summary>
    public static string Fold(string text)
    {
        var lines = text.Split(Breaks, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (lines.Length == 0)
        {
            return string.Empty;
        }

        var folded = new System.Text.StringBuilder(lines[0]);
        foreach (var line in lines.Skip(1))
        {
            if (!(IsChinese(folded[^1]) && IsChinese(line[0])))
            {
                folded.Append(' ');
            }

            folded.Append(line);
        }

        return folded.ToString();
    }

    /// <summary>The warning for a folded cell, quoting what was read.</summary>
    public static string Warning(string folded) =>
        Localization.MessageText.Format(Localization.Messages.LedgerLineBreakJoined, Items.TextRules.Quote(folded));

    // CJK ideographs and radicals, CJK punctuation (、。《》), full-width forms (，（）：), and the surrogates of
    // the rarer ideographs: characters Chinese text runs together without spaces.
    private static bool IsChinese(char c) =>
        c is >= '\u2E80' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' or >= '\uFE30' and <= '\uFE4F' or >= '\uFF00' and <= '\uFFEF'
        || char.IsSurrogate(c);
}
