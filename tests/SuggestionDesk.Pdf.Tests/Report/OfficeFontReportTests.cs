using SuggestionDesk.Pdf.Layout.Fonts;
using UglyToad.PdfPig;

namespace SuggestionDesk.Pdf.Tests.Report;

/// <summary>
/// The office's own fonts (GB/T 9704's 仿宋, 小标宋, 黑体, 楷体, 宋体) from a folder: recognised by the family names in
/// the files, each used for its part of the report, read back from the PDF; the rest stays with the bundled fonts.
/// The office's fonts are the pinned fonts renamed (<see cref="OfficeFontFiles"/>), as no office font may be used here.
/// </summary>
public sealed class OfficeFontReportTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("suggestiondesk-office-fonts-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void EachRoleTakesTheFaceItsFamilyNameSaysAndTheRestStayBundled()
    {
        WriteOffice();

        var fonts = ReportFonts.FromFolder(folder);

        Assert.Equal("正文 body: FangSong 仿宋 (simfang.ttf)", Choice(fonts, ReportFontRole.Body));
        Assert.Equal("一级标题 heading 1: SimHei 黑体 (simhei.ttf)", Choice(fonts, ReportFontRole.Heading1));
        Assert.Equal("标题 title: SimSun 宋体 (simsun.ttc; no 小标宋 in the folder)", Choice(fonts, ReportFontRole.Title));
        Assert.Equal("表格 tables: SimSun 宋体 (simsun.ttc)", Choice(fonts, ReportFontRole.Table));
        Assert.Equal("二级标题 heading 2: bundled Droid Sans Fallback (黑体-like) (no 楷体 in the folder)", Choice(fonts, ReportFontRole.Heading2));
        Assert.Equal(Enum.GetValues<ReportFontRole>(), fonts.Choices.Select(c => c.Role));
    }

    [Fact]
    public void TheOfficeFacesAreEmbeddedAndDrawTheirRolesInThePdf()
    {
        WriteOffice();
        File.WriteAllBytes(Path.Combine(folder, "FZXBSJW.TTF"), OfficeFontFiles.Renamed("gbsn00lp.ttf", "FZXiaoBiaoSong-B05S", "方正小标宋简体"));
        var model = ReportFiles.Model(ReportItems.Seed(), ReportFiles.SeedOptions());

        var path = Path.Combine(ReportFiles.Folder, "office-fonts.pdf");
        using (var file = File.Create(path))
        {
            new PdfReportRenderer(fonts: ReportFonts.FromFolder(folder)).Render(model, file);
        }

        var embedded = Tools.Fonts(path).Select(row => row[0]).ToArray();
        Assert.Contains(embedded, name => name.EndsWith("+FangSong", StringComparison.Ordinal));
        Assert.Contains(embedded, name => name.EndsWith("+FZXiaoBiaoSong-B05S", StringComparison.Ordinal));
        Assert.Contains(embedded, name => name.EndsWith("+SimHei", StringComparison.Ordinal));
        Assert.Contains(embedded, name => name.EndsWith("+SimSun", StringComparison.Ordinal));
        Assert.DoesNotContain(embedded, name => name.Contains("NSimSun", StringComparison.Ordinal));

        using var document = PdfDocument.Open(path);
        var letters = document.GetPages().SelectMany(p => p.Letters).ToArray();
        Assert.Equal("FZXiaoBiaoSong-B05S", FontOf(letters, model.Title));
        Assert.Equal("SimHei", FontOf(letters, model.Sections[0].Heading));   // 一、基本情况
        Assert.Equal("FangSong", FontOf(letters, "截至"));                    // the body's 截至2021年9月28日
        Assert.Equal("SimSun", FontOf(letters.Reverse().ToArray(), string.Concat(model.Ledger.Rows[^1][3].Take(2).Reverse())));   // the annex's last department
        Assert.Equal("SimHei", FontOf(letters, "承办部门"));                                        // the joint items' table header
        Assert.Contains(model.Title, Tools.Text(path), StringComparison.Ordinal);
    }

    [Fact]
    public void ACharacterTheOfficeFaceLacksIsDrawnWithTheBundledFonts()
    {
        // A 楷体 without Chinese characters: every character of a level-2 heading falls back to the bundled faces.
        File.WriteAllBytes(Path.Combine(folder, "simkai.ttf"), OfficeFontFiles.Renamed("DejaVuSerif-Bold.ttf", "KaiTi", "楷体"));
        var fonts = ReportFonts.FromFolder(folder);
        var kai = fonts.FaceFor(ReportFontRole.Heading2)!;
        var chooser = FaceChooser.For(new TextStyle(kai, FaceNames.Serif, 16, 28));

        Assert.Equal("二级标题 heading 2: KaiTi 楷体 (simkai.ttf)", Choice(fonts, ReportFontRole.Heading2));
        Assert.Equal(FaceNames.Hei, chooser.Choose('办').Name);
        Assert.Equal(kai, chooser.Choose('\u201C').Name);   // a full-width quote it has
    }

    [Fact]
    public void FacesThatCannotBeEmbeddedAreNamedAndPassedOver()
    {
        File.WriteAllBytes(Path.Combine(folder, "FZXBSJW.otf"), OfficeFontFiles.Shell(0x4F54544F, "FZXiaoBiaoSong-B05S", "方正小标宋简体"));
        File.WriteAllBytes(Path.Combine(folder, "kai.ttf"), OfficeFontFiles.Shell(0x00010000, "KaiTi_GB2312", "楷体_GB2312", fsType: 2));
        File.WriteAllText(Path.Combine(folder, "broken.ttf"), "not a font");
        File.WriteAllBytes(Path.Combine(folder, "other.ttf"), OfficeFontFiles.Renamed("DejaVuSans.ttf", "Some Other Face", "别的字体"));

        var fonts = ReportFonts.FromFolder(folder);

        Assert.False(fonts.UsesOfficeFonts);
        Assert.Contains(fonts.Skipped, s => s.StartsWith("FZXBSJW.otf: FZXiaoBiaoSong-B05S 方正小标宋简体 has PostScript (CFF) outlines", StringComparison.Ordinal));
        Assert.Contains(fonts.Skipped, s => s.StartsWith("kai.ttf: KaiTi_GB2312 楷体_GB2312's licence forbids embedding", StringComparison.Ordinal));
        Assert.Contains(fonts.Skipped, s => s.StartsWith("broken.ttf: not read", StringComparison.Ordinal));
        Assert.DoesNotContain(fonts.Skipped, s => s.Contains("other.ttf", StringComparison.Ordinal));
        Assert.Equal("标题 title: bundled AR PL SungtiL GB (宋体) (no 小标宋 or 宋体 in the folder)", Choice(fonts, ReportFontRole.Title));
    }

    [Fact]
    public void AFolderThatDoesNotExistIsNamed()
    {
        var missing = Path.Combine(folder, "没有这个文件夹");

        var error = Assert.Throws<DirectoryNotFoundException>(() => ReportFonts.FromFolder(missing));

        Assert.Contains($"'{missing}' does not exist", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("仿宋_GB2312", ReportFontRole.Body)]
    [InlineData("FangSong_GB2312", ReportFontRole.Body)]
    [InlineData("楷体", ReportFontRole.Heading2)]
    [InlineData("KaiTi", ReportFontRole.Heading2)]
    [InlineData("方正小标宋_GBK", ReportFontRole.Title)]
    [InlineData("Simhei", ReportFontRole.Heading1)]
    public void EitherLanguagesFamilyNameIsRecognised(string family, ReportFontRole role)
    {
        File.WriteAllBytes(Path.Combine(folder, "a.ttf"), OfficeFontFiles.Renamed("DejaVuSans.ttf", family.All(char.IsAscii) ? family : "Unnamed", family));

        var fonts = ReportFonts.FromFolder(folder);

        Assert.NotNull(fonts.FaceFor(role));
    }

    private void WriteOffice()
    {
        File.WriteAllBytes(Path.Combine(folder, "simfang.ttf"), OfficeFontFiles.Renamed("gbsn00lp.ttf", "FangSong", "仿宋"));
        File.WriteAllBytes(Path.Combine(folder, "simhei.ttf"), OfficeFontFiles.Renamed("DroidSansFallbackFull.ttf", "SimHei", "黑体"));
        File.WriteAllBytes(Path.Combine(folder, "simsun.ttc"), OfficeFontFiles.Collection(
            OfficeFontFiles.Renamed("gbsn00lp.ttf", "SimSun", "宋体"), OfficeFontFiles.Renamed("DejaVuSans.ttf", "NSimSun", "新宋体")));
        File.WriteAllText(Path.Combine(folder, "readme.txt"), "not a font");
    }

    private static string Choice(ReportFonts fonts, ReportFontRole role) => fonts.Choices.Single(c => c.Role == role).Text;

    // The font (without its subset tag) the first character of the first place the letters spell <text> is drawn with.
    private static string FontOf(UglyToad.PdfPig.Content.Letter[] letters, string text)
    {
        var at = Enumerable.Range(0, letters.Length - text.Length)
            .First(i => Enumerable.Range(0, text.Length).All(j => letters[i + j].Value == text[j].ToString()));
        var name = letters[at].FontName ?? string.Empty;
        return name[(name.IndexOf('+', StringComparison.Ordinal) + 1)..];
    }
}
