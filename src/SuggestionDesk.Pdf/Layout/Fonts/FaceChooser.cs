using System.Collections.Concurrent;

namespace SuggestionDesk.Pdf.Layout.Fonts;

/// <summary>
/// Picks the face each character is drawn with, for a <see cref="TextStyle"/>: the preferred face for its kind
/// (Latin or CJK), then the others in a fixed order; a character no face has keeps the preferred face (and shows
/// as its missing-glyph box). Choices are cached per style, as a report asks for the same few thousand characters
/// over and over.
/// </summary>
internal sealed class FaceChooser
{
    private static readonly ConcurrentDictionary<(string, string, bool), FaceChooser> Choosers = new();
    private static readonly string[] FallbackOrder = [FaceNames.Song, FaceNames.Hei, FaceNames.Serif, FaceNames.Sans];
    private readonly FontFace[] latinChain;
    private readonly FontFace[] cjkChain;
    private readonly bool latinQuotes;
    private readonly FontFace?[] bmpChoice = new FontFace?[0x10000];
    private readonly ConcurrentDictionary<int, FontFace> otherChoice = new();

    private FaceChooser(FontLibrary library, string cjk, string latin, bool latinQuotes)
    {
        this.latinQuotes = latinQuotes;
        latinChain = Chain(library, latin, cjk);
        // CJK-side characters try the wide CJK face before any Latin face.
        cjkChain = Chain(library, cjk, FaceNames.Hei);
    }

    /// <summary>The chooser for <paramref name="style"/>'s faces.</summary>
    public static FaceChooser For(TextStyle style) =>
        Choosers.GetOrAdd((style.CjkFace, style.LatinFace, style.LatinQuotes), key => new FaceChooser(FontLibrary.Shared, key.Item1, key.Item2, key.Item3));

    /// <summary>The face to draw <paramref name="codePoint"/> with.</summary>
    public FontFace Choose(int codePoint)
    {
        if (codePoint < 0x10000)
        {
            return bmpChoice[codePoint] ??= Pick(codePoint);
        }

        return otherChoice.GetOrAdd(codePoint, Pick);
    }

    /// <summary>Whether a character is Latin-side: drawn with the Latin face when it has it.</summary>
    public bool IsLatin(int codePoint) =>
        codePoint < 0x2000 || (codePoint < 0x2E80 && (latinQuotes || !IsChineseStylePunctuation(codePoint)));

    private FontFace Pick(int codePoint)
    {
        var chain = IsLatin(codePoint) ? latinChain : cjkChain;
        foreach (var face in chain)
        {
            if (face.Has(codePoint))
            {
                return face;
            }
        }

        return chain[0];
    }

    /// <summary>Quotes, dashes and ellipses that Chinese text sets full width.</summary>
    private static bool IsChineseStylePunctuation(int c) => c is 0x2014 or 0x2015 or 0x2018 or 0x2019 or 0x201C or 0x201D or 0x2026 or 0x2030 or 0x203B;

    private static FontFace[] Chain(FontLibrary library, string first, string second) =>
        new[] { first, second }.Concat(FallbackOrder).Distinct(StringComparer.Ordinal).Select(name => library[name]).ToArray();
}
