using SuggestionDesk.Pdf.Layout.Fonts;

namespace SuggestionDesk.Pdf.Tests.Layout;

public sealed class FontFallbackTests
{
    private static readonly FaceChooser Chinese = FaceChooser.For(new TextStyle(FaceNames.Song, FaceNames.Serif, 16, 28));
    private static readonly FaceChooser English = FaceChooser.For(new TextStyle(FaceNames.Song, FaceNames.Serif, 12, 18, LatinQuotes: true));

    [Theory]
    [InlineData('A', FaceNames.Serif)]
    [InlineData('7', FaceNames.Serif)]
    [InlineData('@', FaceNames.Serif)]
    [InlineData('人', FaceNames.Song)]
    [InlineData('，', FaceNames.Song)]
    [InlineData('〔', FaceNames.Song)]
    public void EachCharacterComesFromThePreferredFaceForItsKind(char c, string face) =>
        Assert.Equal(face, Chinese.Choose(c).Name);

    [Fact]
    public void ChineseQuotesAreFullWidthAndEnglishQuotesAreLatin()
    {
        Assert.Equal(FaceNames.Song, Chinese.Choose('“').Name);
        Assert.Equal(FaceNames.Serif, English.Choose('“').Name);
    }

    [Fact]
    public void ACharacterTheSongFaceLacksFallsBackToTheWideCjkFace()
    {
        var library = FontLibrary.Shared;
        // Characters outside GB2312, common in names: the Song face (GB2312 only) lacks some, Droid Sans Fallback has them.
        var rare = "喆堃昇珺镕瑄祎琇".First(c => !library[FaceNames.Song].Has(c) && library[FaceNames.Hei].Has(c));

        Assert.Equal(FaceNames.Hei, Chinese.Choose(rare).Name);
    }

    [Fact]
    public void ASymbolTheCjkFacesLackComesFromTheLatinFace()
    {
        var library = FontLibrary.Shared;
        var symbol = "☺♪✓⚑".First(c => !library[FaceNames.Song].Has(c) && !library[FaceNames.Hei].Has(c) && library[FaceNames.Serif].Has(c));

        Assert.Equal(FaceNames.Serif, Chinese.Choose(symbol).Name);
    }

    [Fact]
    public void ACharacterBeyondTheBmpIsNotDrawnFromAnyFaceAsItWouldNotReadBack()
    {
        Assert.False(FontLibrary.Shared[FaceNames.Sans].Has(0x1F600));
        Assert.Equal(FaceNames.Song, Chinese.Choose(0x1F600).Name);
    }

    [Fact]
    public void ACharacterNoFaceHasKeepsThePreferredFace() =>
        Assert.Equal(FaceNames.Song, Chinese.Choose(0x10FFFD).Name);
}
