using System.Text;

namespace SuggestionDesk.Spreadsheets.Tests.Hostile;

/// <summary>A UTF-8 ledger with a stray byte is refused naming where, rather than read whole as GBK and imported garbled.</summary>
public sealed class StrayByteTests : IDisposable
{
    private readonly TempDirectory temp = new();

    [Fact]
    public void AUtf8LedgerWithOneInvalidByteIsRefusedNamingTheLineAndOffset()
    {
        var path = temp.File("stray.csv");
        var good = Encoding.UTF8.GetBytes(File.ReadAllText(SampleLedgers.Utf8, Encoding.UTF8).TrimStart('\uFEFF'));
        var lineFour = IndexOfLine(good, 4);
        File.WriteAllBytes(path, [.. good[..(lineFour + 2)], 0xFF, .. good[(lineFour + 2)..]]);

        var error = Assert.Throws<InvalidDataException>(() => LedgerFiles.Read(path));

        Assert.Contains($"byte 0xFF at offset {lineFour + 2:N0} (line 4) is not UTF-8", error.Message, StringComparison.Ordinal);
        Assert.Contains("It was not read as GBK", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AGbkLedgerIsStillReadAsGbk()
    {
        var table = LedgerFiles.Read(SampleLedgers.Gbk);

        Assert.Equal("关于创新智慧城市和数字政府建设管理体制机制的建议", table.Rows[0].Cells[1]);
    }

    public void Dispose() => temp.Dispose();

    private static int IndexOfLine(byte[] bytes, int line)
    {
        var index = 0;
        for (var seen = 1; seen < line; seen++)
        {
            index = Array.IndexOf(bytes, (byte)'\n', index) + 1;
        }

        return index;
    }
}
