using PdfSharp.Drawing;

namespace SuggestionDesk.Reports.Layout.Fonts;

/// <summary>
/// How a piece of text looks: a CJK face and a Latin face, a size and weight. Each character is drawn with the
/// first face of its chain that has it (<see cref="FaceChooser"/>), so Latin letters and digits come from the
/// Latin face, Chinese from the CJK face, and rarer characters from the wide fallback.
/// </summary>
/// <param name="CjkFace">The face for Chinese text (one of <see cref="FaceNames"/>).</param>
/// <param name="LatinFace">The face for Latin letters, digits and ASCII punctuation.</param>
/// <param name="Size">The size in points.</param>
/// <param name="LineHeight">The distance between baselines, in points.</param>
/// <param name="Bold">Emboldened (simulated for the CJK faces).</param>
/// <param name="LatinQuotes">Curly quotes, dashes and ellipses from the Latin face (English text) rather than full-width from the CJK face (Chinese text).</param>
internal sealed record TextStyle(string CjkFace, string LatinFace, double Size, double LineHeight, bool Bold = false, bool LatinQuotes = false)
{
    /// <summary>The text colour; black unless set.</summary>
    public XColor Color { get; init; } = XColors.Black;

    /// <summary>
    /// The advance of <paramref name="codePoint"/> drawn with <paramref name="face"/> in this style, in em. PDFsharp
    /// widens every glyph it emboldens by 2% of an em, so a simulated bold run is measured the same way.
    /// </summary>
    public double Advance(FontFace face, int codePoint) =>
        face.Advance(codePoint) + (SimulatesBold(face) ? 0.02 : 0);

    /// <summary>Whether <paramref name="face"/> is emboldened by PDFsharp in this style (it has no bold cut of its own).</summary>
    public bool SimulatesBold(FontFace face) => Bold && !face.Name.EndsWith("Bold", StringComparison.Ordinal);

    /// <summary>The same style at another size, keeping the ratio of line height to size.</summary>
    public TextStyle WithSize(double size) => this with { Size = size, LineHeight = LineHeight * size / Size };

    /// <summary>The same style in bold.</summary>
    public TextStyle AsBold() => this with { Bold = true };
}
