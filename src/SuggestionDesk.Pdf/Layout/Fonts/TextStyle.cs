using PdfSharp.Drawing;

namespace SuggestionDesk.Pdf.Layout.Fonts;

/// <summary>
/// How a piece of text looks: a CJK face and a Latin face and a size. Each character is drawn with the
/// first face of its chain that has it (<see cref="FaceChooser"/>), so Latin letters and digits come from the
/// Latin face, Chinese from the CJK face, and rarer characters from the wide fallback. There is no bold weight: bold
/// text uses a face with a bold cut (<see cref="FaceNames.SansBold"/>), never one emboldened by PDFsharp, whose wider
/// glyphs PDF/A forbids.
/// </summary>
/// <param name="CjkFace">The face for Chinese text (one of <see cref="FaceNames"/>).</param>
/// <param name="LatinFace">The face for Latin letters, digits and ASCII punctuation.</param>
/// <param name="Size">The size in points.</param>
/// <param name="LineHeight">The distance between baselines, in points.</param>
/// <param name="LatinQuotes">Curly quotes, dashes and ellipses from the Latin face (English text) rather than full-width from the CJK face (Chinese text).</param>
internal sealed record TextStyle(string CjkFace, string LatinFace, double Size, double LineHeight, bool LatinQuotes = false)
{
    /// <summary>The text colour; black unless set.</summary>
    public XColor Color { get; init; } = XColors.Black;

    /// <summary>The advance of <paramref name="codePoint"/> drawn with <paramref name="face"/> in this style, in em.</summary>
    public double Advance(FontFace face, int codePoint) => face.Advance(codePoint);

    /// <summary>The same style at another size, keeping the ratio of line height to size.</summary>
    public TextStyle WithSize(double size) => this with { Size = size, LineHeight = LineHeight * size / Size };
}
