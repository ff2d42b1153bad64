namespace SuggestionDesk.Pdf.Layout.Text;

/// <summary>One line of a broken paragraph: a slice of its text, without the spaces at its ends.</summary>
/// <param name="Start">Index of the first UTF-16 unit in the paragraph's text.</param>
/// <param name="End">Index just past the last one.</param>
/// <param name="Width">The natural width of the slice, in points.</param>
/// <param name="Indent">Space before the line (the first-line indent), in points.</param>
/// <param name="IsLast">Whether it ends the paragraph (never stretched when justifying).</param>
internal readonly record struct TextLine(int Start, int End, double Width, double Indent, bool IsLast)
{
    /// <summary>The line's text.</summary>
    public string TextOf(string paragraph) => paragraph[Start..End];
}
