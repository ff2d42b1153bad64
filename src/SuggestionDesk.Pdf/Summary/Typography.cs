using PdfSharp.Drawing;
using SuggestionDesk.Pdf.Layout.Fonts;
using SuggestionDesk.Pdf.Layout.Pages;

namespace SuggestionDesk.Pdf.Summary;

/// <summary>
/// Every text style of the report in one place. The Chinese styles follow GB/T 9704-2012 with the closest freely
/// licensed faces: body in size 3 (16 pt; a hair less, so 28 characters fill the 156 mm line exactly) on 22 lines
/// per page, title in size 2 (22 pt), headings in a Hei face, page numbers in size 4. The Kai face GB/T asks for
/// level-2 headings is left out: its subset would cost some 50 KB of a 300 KB budget for a few headings (PDFsharp
/// keeps the full glyph index tables). Nothing is emboldened by PDFsharp: a simulated bold glyph is wider than
/// the font says, which PDF/A forbids; bold Latin text uses the DejaVu bold faces. An office's own fonts
/// (<see cref="ReportFonts"/>) replace the Chinese faces role by role (<see cref="With"/>), the Kai face included.
/// </summary>
internal sealed record Typography
{
    private static readonly double BodySize = PageSetup.OfficialA4.ContentWidth / 28;
    private static readonly double BodyLine = PageSetup.OfficialA4.ContentHeight / 22;

    /// <summary>The Chinese styles.</summary>
    public static readonly Typography Chinese = new()
    {
        Body = new TextStyle(FaceNames.Song, FaceNames.Serif, BodySize, BodyLine),
        Title = new TextStyle(FaceNames.Song, FaceNames.Serif, 22, 36),
        Heading1 = new TextStyle(FaceNames.Hei, FaceNames.Sans, BodySize, BodyLine),
        Heading2 = new TextStyle(FaceNames.Hei, FaceNames.Sans, BodySize, BodyLine),
        Heading3 = new TextStyle(FaceNames.Song, FaceNames.Serif, BodySize, BodyLine),
        ItemHeading = new TextStyle(FaceNames.Hei, FaceNames.Sans, BodySize, BodyLine),
        Facts = new TextStyle(FaceNames.Song, FaceNames.Serif, 12, 20) { Color = XColor.FromArgb(70, 70, 70) },
        Caption = new TextStyle(FaceNames.Hei, FaceNames.Sans, 11, 18),
        Cell = new TextStyle(FaceNames.Song, FaceNames.Serif, 10.5, 15),
        HeaderCell = new TextStyle(FaceNames.Hei, FaceNames.Sans, 10.5, 15),
        LedgerCell = new TextStyle(FaceNames.Song, FaceNames.Serif, 9, 12.5),
        LedgerHeader = new TextStyle(FaceNames.Hei, FaceNames.Sans, 9, 12.5),
        ChartLabel = new TextStyle(FaceNames.Hei, FaceNames.Sans, 10, 14),
        FigureValue = new TextStyle(FaceNames.Hei, FaceNames.Sans, 18, 26) { Color = XColor.FromArgb(46, 84, 138) },
        FigureLabel = new TextStyle(FaceNames.Song, FaceNames.Serif, 10, 14),
        PageNumber = new TextStyle(FaceNames.Song, FaceNames.Serif, 14, 18),
        RunningHeader = new TextStyle(FaceNames.Song, FaceNames.Serif, 9, 12) { Color = XColor.FromArgb(90, 90, 90) },
        FirstIndent = 2,
    };

    /// <summary>The English styles: a Latin serif body, sans headings, the CJK faces for any Chinese.</summary>
    public static readonly Typography English = new()
    {
        Body = new TextStyle(FaceNames.Song, FaceNames.Serif, 12, 19, LatinQuotes: true),
        Title = new TextStyle(FaceNames.Hei, FaceNames.SansBold, 18, 26, LatinQuotes: true),
        Heading1 = new TextStyle(FaceNames.Hei, FaceNames.SansBold, 13, 22, LatinQuotes: true),
        Heading2 = new TextStyle(FaceNames.Hei, FaceNames.Sans, 12, 20, LatinQuotes: true),
        Heading3 = new TextStyle(FaceNames.Song, FaceNames.SerifBold, 12, 19, LatinQuotes: true),
        ItemHeading = new TextStyle(FaceNames.Hei, FaceNames.Sans, 12, 20, LatinQuotes: true),
        Facts = new TextStyle(FaceNames.Song, FaceNames.Serif, 10, 15, LatinQuotes: true) { Color = XColor.FromArgb(60, 60, 60) },
        Caption = new TextStyle(FaceNames.Hei, FaceNames.SansBold, 10, 16, LatinQuotes: true),
        Cell = new TextStyle(FaceNames.Song, FaceNames.Serif, 10, 14, LatinQuotes: true),
        HeaderCell = new TextStyle(FaceNames.Hei, FaceNames.SansBold, 10, 14, LatinQuotes: true),
        LedgerCell = new TextStyle(FaceNames.Song, FaceNames.Serif, 8.5, 12, LatinQuotes: true),
        LedgerHeader = new TextStyle(FaceNames.Hei, FaceNames.SansBold, 8.5, 12, LatinQuotes: true),
        ChartLabel = new TextStyle(FaceNames.Hei, FaceNames.Sans, 9.5, 13.5, LatinQuotes: true),
        FigureValue = new TextStyle(FaceNames.Hei, FaceNames.SansBold, 18, 26) { Color = XColor.FromArgb(46, 84, 138) },
        FigureLabel = new TextStyle(FaceNames.Song, FaceNames.Serif, 9.5, 13, LatinQuotes: true),
        PageNumber = new TextStyle(FaceNames.Hei, FaceNames.Sans, 9, 12, LatinQuotes: true),
        RunningHeader = new TextStyle(FaceNames.Hei, FaceNames.Sans, 8.5, 11, LatinQuotes: true) { Color = XColor.FromArgb(90, 90, 90) },
        FirstIndent = 0,
    };

    public required TextStyle Body { get; init; }
    public required TextStyle Title { get; init; }
    public required TextStyle Heading1 { get; init; }
    public required TextStyle Heading2 { get; init; }
    public required TextStyle Heading3 { get; init; }
    public required TextStyle ItemHeading { get; init; }
    public required TextStyle Facts { get; init; }
    public required TextStyle Caption { get; init; }
    public required TextStyle Cell { get; init; }
    public required TextStyle HeaderCell { get; init; }
    public required TextStyle LedgerCell { get; init; }
    public required TextStyle LedgerHeader { get; init; }
    public required TextStyle ChartLabel { get; init; }
    public required TextStyle FigureValue { get; init; }
    public required TextStyle FigureLabel { get; init; }
    public required TextStyle PageNumber { get; init; }
    public required TextStyle RunningHeader { get; init; }

    /// <summary>The body's first-line indent in characters (2 for Chinese, none for English).</summary>
    public required double FirstIndent { get; init; }

    /// <summary>The styles for <paramref name="language"/> with the Chinese faces of <paramref name="fonts"/>, role by role.</summary>
    public static Typography For(Items.Language language, ReportFonts fonts)
    {
        var type = language == Items.Language.Chinese ? Chinese : English;
        return fonts.UsesOfficeFonts ? type.With(fonts) : type;
    }

    private Typography With(ReportFonts fonts)
    {
        TextStyle Use(TextStyle style, ReportFontRole role) => fonts.FaceFor(role) is { } face ? style with { CjkFace = face } : style;
        return this with
        {
            Title = Use(Title, ReportFontRole.Title),
            Body = Use(Body, ReportFontRole.Body),
            Heading3 = Use(Heading3, ReportFontRole.Body),
            Facts = Use(Facts, ReportFontRole.Body),
            FigureLabel = Use(FigureLabel, ReportFontRole.Body),
            Heading1 = Use(Heading1, ReportFontRole.Heading1),
            Heading2 = Use(Heading2, ReportFontRole.Heading2),
            ItemHeading = Use(ItemHeading, ReportFontRole.Heading2),
            Cell = Use(Cell, ReportFontRole.Table),
            LedgerCell = Use(LedgerCell, ReportFontRole.Table),
            HeaderCell = Use(HeaderCell, ReportFontRole.TableHeader),
            LedgerHeader = Use(LedgerHeader, ReportFontRole.TableHeader),
            Caption = Use(Caption, ReportFontRole.Figure),
            ChartLabel = Use(ChartLabel, ReportFontRole.Figure),
            FigureValue = Use(FigureValue, ReportFontRole.Figure),
            PageNumber = Use(PageNumber, ReportFontRole.PageNumbers),
            RunningHeader = Use(RunningHeader, ReportFontRole.PageNumbers),
        };
    }
}
