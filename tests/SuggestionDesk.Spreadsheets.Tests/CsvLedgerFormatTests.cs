using System.Text;

namespace SuggestionDesk.Spreadsheets.Tests;

public sealed class CsvLedgerFormatTests : IDisposable
{
    private const string Ledger = "编号,标题,届次\r\n20210347,关于创新智慧城市和数字政府建设管理体制机制的建议,市七届人大一次会议\r\n";
    private readonly TempDirectory temp = new();

    [Fact]
    public void AGbkFileWithChineseHeadersAsExcelSavesItIsDetectedAndRead()
    {
        var bytes = File.ReadAllBytes(SampleLedgers.Gbk);
        Assert.Throws<DecoderFallbackException>(() => new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes));

        var table = LedgerFiles.Read(SampleLedgers.Gbk);

        Assert.Equal("编号", table.Headers[0]);
        Assert.Equal("重点类型", table.Headers[^1]);
        Assert.Equal(24, table.Rows.Count);
        Assert.Equal(["20210347", "关于创新智慧城市和数字政府建设管理体制机制的建议"], table.Rows[0].Cells.Take(2));
        Assert.Equal("关于升级改造老旧社区，提升民生幸福感、安全感的建议", table.Rows[1].Cell(1));
        Assert.Equal("2021/3/15", table.Rows[0].Cell(10));
    }

    [Fact]
    public void TheGbkTwinHoldsTheSameCellsAsTheUtf8SampleWithExcelsShortDates()
    {
        var utf8 = LedgerFiles.Read(SampleLedgers.Utf8);
        var gbk = LedgerFiles.Read(SampleLedgers.Gbk);
        var dates = new[] { "交办日期", "签收日期", "答复日期", "评价日期", "公开日期" }.Select(h => utf8.Headers.ToList().IndexOf(h)).ToHashSet();

        Assert.Equal(utf8.Headers, gbk.Headers);
        Assert.Equal(utf8.Rows.Count, gbk.Rows.Count);
        foreach (var (expected, actual) in utf8.Rows.Zip(gbk.Rows))
        {
            for (var i = 0; i < expected.Cells.Count; i++)
            {
                var want = dates.Contains(i) && expected.Cell(i).Length > 0
                    ? DateOnly.ParseExact(expected.Cell(i), "yyyy-MM-dd").ToString("yyyy/M/d", System.Globalization.CultureInfo.InvariantCulture)
                    : expected.Cell(i);
                Assert.Equal(want, actual.Cell(i));
            }
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Utf8IsReadWithOrWithoutAByteOrderMark(bool bom)
    {
        var path = temp.File("ledger.csv");
        File.WriteAllText(path, Ledger, new UTF8Encoding(encoderShouldEmitUTF8Identifier: bom));

        var table = LedgerFiles.Read(path);

        Assert.Equal(["编号", "标题", "届次"], table.Headers);
        Assert.Equal(["20210347", "关于创新智慧城市和数字政府建设管理体制机制的建议", "市七届人大一次会议"], Assert.Single(table.Rows).Cells);
    }

    [Fact]
    public void AGbkFileWrittenHereReadsTheSameAsUtf8()
    {
        var path = temp.File("gbk.csv");
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        File.WriteAllBytes(path, Encoding.GetEncoding(936).GetBytes(Ledger));

        var table = LedgerFiles.Read(path);

        Assert.Equal("关于创新智慧城市和数字政府建设管理体制机制的建议", Assert.Single(table.Rows).Cell(1));
    }

    [Fact]
    public void CellsWithCommasQuotesAndLineBreaksRoundTripAndCountAsOneRow()
    {
        var path = temp.File("quoted.csv");
        string[] tricky = ["a,b", "他说\"好\"", "第一行\r\n第二行", " 前后空格 ", ""];
        var table = new LedgerTable(["一", "二", "三", "四", "五"], [new LedgerRow(2, tricky), new LedgerRow(3, ["x", "y", "z", "w", "v"])]);

        LedgerFiles.Write(path, table);
        var back = LedgerFiles.Read(path);

        Assert.Equal(tricky, back.Rows[0].Cells);
        Assert.Equal((2, 3), (back.Rows[0].Number, back.Rows[1].Number));
    }

    [Fact]
    public void AWrittenFileIsUtf8WithAByteOrderMarkAndCrlfLineEnds()
    {
        var path = temp.File("out.csv");

        LedgerFiles.Write(path, new LedgerTable(["编号", "标题"], [new LedgerRow(2, ["20210347", "标题"])]));
        var bytes = File.ReadAllBytes(path);

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes.Take(3));
        Assert.Equal("编号,标题\r\n20210347,标题\r\n", Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
    }

    [Fact]
    public void BlankLinesKeepTheRowNumbersExcelShows()
    {
        var path = temp.File("blank.csv");
        File.WriteAllText(path, "编号,标题\r\n\r\n20210347,标题\r\n");

        var table = LedgerFiles.Read(path);

        Assert.Equal([2, 3], table.Rows.Select(r => r.Number));
        Assert.True(table.Rows[0].IsBlank);
    }

    [Fact]
    public void AQuotedCellThatNeverClosesIsRefusedNamingTheFileAndRow()
    {
        var path = temp.File("broken.csv");
        File.WriteAllText(path, "编号,标题\r\n20210347,\"关于…的建议\r\n20210254,其他\r\n");

        var error = Assert.Throws<InvalidDataException>(() => LedgerFiles.Read(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("row 2 never closes", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => temp.Dispose();
}
