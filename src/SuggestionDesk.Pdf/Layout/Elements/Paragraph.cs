using SuggestionDesk.Pdf.Layout.Fonts;
using SuggestionDesk.Pdf.Layout.Pages;
using SuggestionDesk.Pdf.Layout.Text;

namespace SuggestionDesk.Pdf.Layout.Elements;

/// <summary>
/// Text in one style, broken into lines; each line feed starts a new paragraph with the same first-line indent.
/// A page never starts with a paragraph's last line alone when it has more (no widows), and a heading keeps the
/// next lines with it.
/// </summary>
internal sealed class Paragraph(string text, TextStyle style) : IElement
{
    private readonly string text = CodePoints.Clean(text);

    /// <summary>How the lines sit in the width.</summary>
    public TextAlign Align { get; init; } = TextAlign.Justify;

    /// <summary>The first line's indent, in characters of the style's size (2 for Chinese body text).</summary>
    public double FirstIndentChars { get; init; }

    /// <summary>Space above, in points (not at the top of a page).</summary>
    public double SpaceBefore { get; init; }

    /// <summary>Space below, in points.</summary>
    public double SpaceAfter { get; init; }

    /// <summary>Room to keep free below the paragraph on its page (a heading keeps the next lines with it).</summary>
    public double KeepWithNext { get; init; }

    /// <summary>An indent of every line from the left, in points.</summary>
    public double LeftIndent { get; init; }

    /// <summary>An indent of every line from the right, in points.</summary>
    public double RightIndent { get; init; }

    /// <inheritdoc />
    public void Compose(PageFlow flow)
    {
        flow.Space(SpaceBefore);
        var pieces = text.Split('\n');
        for (int p = 0; p < pieces.Length; p++)
        {
            var piece = pieces[p].Replace('\t', ' ').TrimEnd('\r');
            double width = flow.Width - LeftIndent - RightIndent;
            var lines = LineBreaker.Break(piece, style, width, FirstIndentChars * style.Size);
            if (lines.Count == 0)
            {
                flow.Advance(style.LineHeight);
                continue;
            }

            // All of a short heading or paragraph together, with what must follow it; else at least two lines.
            double keep = lines.Count <= 3 ? (lines.Count * style.LineHeight) + (p == pieces.Length - 1 ? KeepWithNext : 0) : 2 * style.LineHeight;
            flow.Need(Math.Min(keep, flow.Setup.ContentHeight));
            for (int i = 0; i < lines.Count; i++)
            {
                // The last two lines go over together, so no page starts with a paragraph's last line alone.
                flow.Need(i == lines.Count - 2 && lines.Count > 3 ? 2 * style.LineHeight : style.LineHeight);
                double baseline = Baseline(flow.Y, style);
                TextPainter.Draw(flow.Page, piece, lines[i], style, flow.Left + LeftIndent, baseline, width, Align);
                flow.Advance(style.LineHeight);
            }
        }

        flow.Space(SpaceAfter);
    }

    /// <summary>The baseline of a line whose box starts at <paramref name="top"/>: the em box centred in the line.</summary>
    public static double Baseline(double top, TextStyle style) => top + ((style.LineHeight - style.Size) / 2) + (0.86 * style.Size);
}
