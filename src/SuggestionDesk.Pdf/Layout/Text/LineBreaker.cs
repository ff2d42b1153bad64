using SuggestionDesk.Pdf.Layout.Fonts;

namespace SuggestionDesk.Pdf.Layout.Text;

/// <summary>
/// Breaks one paragraph into lines of a given width for Chinese and Latin text: between CJK characters, after
/// spaces, after a hyphen between letters; never inside a number or an e-mail address or web address unless the
/// word alone is wider than the line; no line starts with closing punctuation (，。、；：？！）」』” …) and none ends
/// with opening punctuation (（「『“ …) — the character before is carried over instead.
/// </summary>
internal static class LineBreaker
{
    /// <summary>Breaks <paramref name="text"/> (one paragraph, no line feeds) into lines no wider than <paramref name="width"/>.</summary>
    public static IReadOnlyList<TextLine> Break(string text, TextStyle style, double width, double firstIndent = 0)
    {
        var lines = new List<TextLine>();
        var chooser = FaceChooser.For(style);
        var breaks = BreakOpportunities(text);
        // Spaces opening the paragraph are kept (a full-width space indents a table label); only those after a break go.
        int lineStart = 0;
        double indent = firstIndent;
        while (lineStart < text.Length)
        {
            double used = 0, available = Math.Max(width - indent, style.Size);
            int lastBreak = -1;
            int i = lineStart;
            int end = text.Length;
            while (i < text.Length)
            {
                if (i > lineStart && breaks[i])
                {
                    lastBreak = i;
                }

                int cp = CodePoints.Read(text, i, out int units);
                double advance = style.Advance(chooser.Choose(cp), cp) * style.Size;
                if (used + advance > available + 0.01 && !CharClasses.IsSpace(cp) && i > lineStart)
                {
                    end = lastBreak > lineStart ? lastBreak : ForcedBreak(text, lineStart, i);
                    break;
                }

                used += advance;
                i += units;
            }

            int visibleEnd = TrimEnd(text, lineStart, end);
            lines.Add(new TextLine(lineStart, visibleEnd, Measure(text, lineStart, visibleEnd, style), indent, IsLast: false));
            lineStart = SkipSpaces(text, end);
            indent = 0;
        }

        if (lines.Count > 0)
        {
            lines[^1] = lines[^1] with { IsLast = true };
        }

        return lines;
    }

    /// <summary>
    /// Where to cut a run with no break opportunity that is wider than the line (a long address, a row of
    /// punctuation): before <paramref name="overflow"/>, moved back so that no closing punctuation starts the next
    /// line and no opening one ends this; if that leaves nothing, forward past the closing punctuation (it overhangs).
    /// </summary>
    private static int ForcedBreak(string text, int lineStart, int overflow)
    {
        // A space is no place either: the next line would start after it, perhaps with closing punctuation.
        static bool Bad(string text, int at) => CharClasses.IsClosing(text[at]) || CharClasses.IsOpening(text[at - 1]) || char.IsLowSurrogate(text[at]) || CharClasses.IsSpace(text[at]);
        int end = overflow;
        while (end > lineStart + 1 && Bad(text, end))
        {
            end--;
        }

        if (!Bad(text, end))
        {
            return end;
        }

        end = overflow;
        while (end < text.Length && (CharClasses.IsClosing(text[end]) || char.IsLowSurrogate(text[end])))
        {
            end++;
        }

        return end;
    }

    /// <summary>The width of <paramref name="text"/>[start..end] in <paramref name="style"/>, in points.</summary>
    public static double Measure(string text, int start, int end, TextStyle style)
    {
        var chooser = FaceChooser.For(style);
        double width = 0;
        for (int i = start; i < end;)
        {
            int cp = CodePoints.Read(text, i, out int units);
            width += style.Advance(chooser.Choose(cp), cp);
            i += units;
        }

        return width * style.Size;
    }

    /// <summary>The width of the whole of <paramref name="text"/> in <paramref name="style"/>.</summary>
    public static double Measure(string text, TextStyle style) => Measure(text, 0, text.Length, style);

    /// <summary>
    /// For each UTF-16 index, whether a line may start there. Index 0 and low surrogates are never break points.
    /// </summary>
    internal static bool[] BreakOpportunities(string text)
    {
        var breaks = new bool[text.Length + 1];
        var noBreakWord = NoBreakWords(text);
        int previous = -1, previousIndex = -1, beforePrevious = -1;
        for (int i = 0; i < text.Length;)
        {
            int cp = CodePoints.Read(text, i, out int units);
            if (previous >= 0)
            {
                breaks[i] = Allowed(beforePrevious, previous, cp) && !(noBreakWord[i] && noBreakWord[previousIndex]);
            }

            beforePrevious = previous;
            previous = cp;
            previousIndex = i;
            i += units;
        }

        return breaks;
    }

    private static bool Allowed(int beforePrevious, int previous, int current)
    {
        if (CharClasses.IsClosing(current) || CharClasses.IsOpening(previous) || CharClasses.IsSpace(current))
        {
            return false;
        }

        if (CharClasses.IsSpace(previous))
        {
            return true;
        }

        // Dashes and ellipses come in pairs (——, ……) that stay together.
        if (previous == current && previous is 0x2014 or 0x2026)
        {
            return false;
        }

        if (CharClasses.IsBreakAnywhere(previous) || CharClasses.IsBreakAnywhere(current))
        {
            return true;
        }

        // A hyphen between letters (well-known), not in a number or date (2021-03-15).
        return previous == '-' && CharClasses.IsLetter(beforePrevious) && CharClasses.IsLetter(current);
    }

    /// <summary>Marks the characters of words that must not break inside: e-mail and web addresses.</summary>
    private static bool[] NoBreakWords(string text)
    {
        var marks = new bool[text.Length + 1];
        int start = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            bool boundary = i == text.Length || CharClasses.IsSpace(text[i]) || (!char.IsSurrogate(text[i]) && CharClasses.IsBreakAnywhere(text[i]));
            if (!boundary)
            {
                continue;
            }

            var word = text.AsSpan(start, i - start);
            if (word.Contains('@') || word.Contains("://", StringComparison.Ordinal) || word.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
            {
                marks.AsSpan(start, i - start).Fill(true);
            }

            start = i + 1;
        }

        return marks;
    }

    private static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && CharClasses.IsSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start && CharClasses.IsSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }
}
