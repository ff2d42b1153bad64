namespace SuggestionDesk.Pdf.Layout.Fonts;

/// <summary>The names of the faces in <see cref="FontLibrary"/>, as PDFsharp's resolver knows them.</summary>
internal static class FaceNames
{
    /// <summary>AR PL SungtiL GB: Song (宋体) for the body and the title.</summary>
    public const string Song = "SuggestionDesk Song";

    /// <summary>Droid Sans Fallback: a Hei-like (黑体) face for level-1 headings, and the wide-coverage CJK fallback.</summary>
    public const string Hei = "SuggestionDesk Hei";

    /// <summary>DejaVu Serif for Latin letters and digits beside Song.</summary>
    public const string Serif = "SuggestionDesk Serif";

    /// <summary>DejaVu Serif Bold.</summary>
    public const string SerifBold = "SuggestionDesk Serif Bold";

    /// <summary>DejaVu Sans for Latin letters and digits beside Hei, in tables and charts.</summary>
    public const string Sans = "SuggestionDesk Sans";

    /// <summary>DejaVu Sans Bold.</summary>
    public const string SansBold = "SuggestionDesk Sans Bold";
}
