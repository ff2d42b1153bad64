using SuggestionDesk.Pdf.Layout.Fonts;
using SuggestionDesk.Pdf.Layout.Pages;

namespace SuggestionDesk.Pdf.Layout.Text;

/// <summary>How the lines of a paragraph sit in their width.</summary>
internal enum TextAlign
{
    /// <summary>Flush left.</summary>
    Left,

    /// <summary>Centred.</summary>
    Center,

    /// <summary>Flush right.</summary>
    Right,

    /// <summary>Both edges flush, except a paragraph's last line.</summary>
    Justify,
}

/// <summary>Turns a broken line into text operations: one per run of characters in the same face.</summary>
internal static class TextPainter
{
    /// <summary>Draws <paramref name="line"/> of <paramref name="text"/> with its baseline at <paramref name="baseline"/>, in a box from <paramref name="x"/> <paramref name="width"/> wide.</summary>
    public static void Draw(LaidOutPage page, string text, TextLine line, TextStyle style, double x, double baseline, double width, TextAlign align)
    {
        double slack = width - line.Indent - line.Width;
        double start = x + line.Indent + align switch
        {
            TextAlign.Center => slack / 2,
            TextAlign.Right => slack,
            _ => 0,
        };

        if (align == TextAlign.Justify && !line.IsLast && slack > 0.5)
        {
            DrawJustified(page, text, line, style, start, baseline, slack);
            return;
        }

        DrawRuns(page, text, line.Start, line.End, style, start, baseline);
    }

    /// <summary>Draws text[start..end] as runs of one face each, from <paramref name="x"/>; returns the x after it.</summary>
    public static double DrawRuns(LaidOutPage page, string text, int start, int end, TextStyle style, double x, double baseline)
    {
        var chooser = FaceChooser.For(style);
        int runStart = start;
        FontFace? runFace = null;
        double runWidth = 0;
        for (int i = start; i < end;)
        {
            int cp = CodePoints.Read(text, i, out int units);
            var face = chooser.Choose(cp);
            if (runFace is not null && face != runFace)
            {
                page.Ops.Add(new TextOp(x, baseline, text[runStart..i], runFace, style.Size, style.Color));
                x += runWidth * style.Size;
                runStart = i;
                runWidth = 0;
            }

            runFace = face;
            runWidth += style.Advance(face, cp);
            i += units;
        }

        if (runFace is not null)
        {
            page.Ops.Add(new TextOp(x, baseline, text[runStart..end], runFace, style.Size, style.Color));
            x += runWidth * style.Size;
        }

        return x;
    }

    /// <summary>Spreads <paramref name="slack"/> over the line's break opportunities (between CJK characters, at spaces).</summary>
    private static void DrawJustified(LaidOutPage page, string text, TextLine line, TextStyle style, double x, double baseline, double slack)
    {
        var breaks = LineBreaker.BreakOpportunities(text[line.Start..line.End]);
        int gaps = 0;
        for (int i = 1; i < line.End - line.Start; i++)
        {
            gaps += breaks[i] ? 1 : 0;
        }

        // Too few places to spread it over (a long Latin word): leave the line ragged rather than gappy.
        if (gaps == 0 || slack / gaps > style.Size)
        {
            DrawRuns(page, text, line.Start, line.End, style, x, baseline);
            return;
        }

        double extra = slack / gaps;
        int pieceStart = line.Start;
        for (int i = line.Start + 1; i <= line.End; i++)
        {
            if (i == line.End || breaks[i - line.Start])
            {
                x = DrawRuns(page, text, pieceStart, i, style, x, baseline) + (i == line.End ? 0 : extra);
                pieceStart = i;
            }
        }
    }
}
