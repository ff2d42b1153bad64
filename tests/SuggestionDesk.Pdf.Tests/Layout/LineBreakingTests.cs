using SuggestionDesk.Pdf.Layout.Fonts;
using SuggestionDesk.Pdf.Layout.Text;

namespace SuggestionDesk.Pdf.Tests.Layout;

public sealed class LineBreakingTests
{
    private static readonly TextStyle Body = new(FaceNames.Song, FaceNames.Serif, 16, 28);

    private static string[] Lines(string text, double width, double indent = 0) =>
        LineBreaker.Break(text, Body, width, indent).Select(l => l.TextOf(text)).ToArray();

    [Fact]
    public void ChineseTextBreaksBetweenAnyTwoCharactersToFillTheLine()
    {
        var lines = Lines(new string('建', 30), 16 * 10);

        Assert.Equal([new string('建', 10), new string('建', 10), new string('建', 10)], lines);
    }

    [Fact]
    public void ClosingPunctuationNeverStartsALineTheCharacterBeforeComesWithIt()
    {
        // Ten characters fit; the eleventh is a comma, which must not start the second line.
        var lines = Lines("一二三四五六七八九十，十一十二", 16 * 10);

        Assert.Equal("一二三四五六七八九", lines[0]);
        Assert.Equal("十，十一十二", lines[1]);
    }

    [Fact]
    public void OpeningPunctuationNeverEndsALine()
    {
        var lines = Lines("一二三四五六七八九《十一》", 16 * 10);

        Assert.Equal("一二三四五六七八九", lines[0]);
        Assert.StartsWith("《", lines[1]);
    }

    [Fact]
    public void ADateOrANumberIsNotSplitAtItsHyphensOrDigits()
    {
        var text = "答复日期为2021-03-15，共计1234567件";
        var lines = Lines(text, 16 * 8);

        Assert.Contains(lines, l => l.Contains("2021-03-15", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("1234567", StringComparison.Ordinal));
    }

    [Fact]
    public void AnEmailAddressStaysWholeEvenWithHyphens()
    {
        var text = "请联系 li-ming.head@example.gov.cn 办理";
        var lines = Lines(text, LineBreaker.Measure("请联系 li-ming.head@example.gov.cn", Body) - 1);

        Assert.Contains(lines, l => l.Contains("li-ming.head@example.gov.cn", StringComparison.Ordinal));
    }

    [Fact]
    public void LatinTextBreaksAtSpacesAndAfterHyphensBetweenLetters()
    {
        var lines = Lines("a well-known problem", Math.Max(LineBreaker.Measure("a well-", Body), LineBreaker.Measure("problem", Body)) + 0.5);

        Assert.Equal(["a well-", "known", "problem"], lines);
    }

    [Fact]
    public void TheFirstLineIndentShortensOnlyTheFirstLine()
    {
        var lines = LineBreaker.Break(new string('办', 20), Body, 16 * 10, firstIndent: 32);

        Assert.Equal(8, lines[0].End - lines[0].Start);
        Assert.Equal(10, lines[1].End - lines[1].Start);
        Assert.Equal(32, lines[0].Indent);
        Assert.Equal(0, lines[1].Indent);
    }

    [Fact]
    public void MixedTextLosesNoCharacterBreaksNoRuleAndFitsTheWidth()
    {
        var random = new Random(7);
        string[] pieces = ["建议", "办理", "，", "。", "、", "（", "）", "“", "”", "《", "》", "Smart City ", "2021年", "e-mail ", "li@example.cn", "；", "：", "！", "数据"];
        for (int round = 0; round < 200; round++)
        {
            var text = string.Concat(Enumerable.Range(0, 40).Select(_ => pieces[random.Next(pieces.Length)]));
            double width = 16 * random.Next(6, 20);
            var lines = LineBreaker.Break(text, Body, width);

            Assert.Equal(text.Replace(" ", string.Empty), string.Concat(lines.Select(l => l.TextOf(text))).Replace(" ", string.Empty));
            foreach (var line in lines.Skip(1))
            {
                Assert.False(CharClasses.IsClosing(text[line.Start]), $"line starts with '{text[line.Start]}' in: {text}");
            }

            foreach (var line in lines.SkipLast(1))
            {
                Assert.False(CharClasses.IsOpening(text[line.End - 1]), $"line ends with '{text[line.End - 1]}' in: {text}");
                Assert.True(line.Width <= width + 0.01 || !line.TextOf(text).Contains(' '), $"line '{line.TextOf(text)}' is {line.Width} wide in {width}");
            }
        }
    }
}
