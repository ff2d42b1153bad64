namespace SuggestionDesk.Spreadsheets.Tests;

public sealed class LedgerFilesTests : IDisposable
{
    private readonly TempDirectory temp = new();

    [Theory]
    [InlineData("台账.csv", typeof(CsvLedgerFormat))]
    [InlineData("LEDGER.CSV", typeof(CsvLedgerFormat))]
    [InlineData("/data/2021/台账.xlsx", typeof(XlsxLedgerFormat))]
    [InlineData("ledger.XLSX", typeof(XlsxLedgerFormat))]
    public void TheFormatFollowsTheExtension(string path, Type format)
    {
        Assert.IsType(format, LedgerFiles.ForPath(path));
    }

    [Theory]
    [InlineData("台账.xls")]
    [InlineData("ledger.txt")]
    [InlineData("ledger")]
    public void OtherExtensionsAreRefusedNamingThePath(string path)
    {
        var error = Assert.Throws<NotSupportedException>(() => LedgerFiles.ForPath(path));

        Assert.Contains($"'{path}'", error.Message, StringComparison.Ordinal);
        Assert.Contains(".csv or .xlsx", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("out.csv")]
    [InlineData("out.xlsx")]
    public void WritingReplacesAnExistingFileAndLeavesNothingElseBehind(string name)
    {
        var path = temp.File(name);
        File.WriteAllText(path, "old");

        LedgerFiles.Write(path, new LedgerTable(["编号"], [new LedgerRow(2, ["20210347"])]));

        Assert.Equal("20210347", Assert.Single(LedgerFiles.Read(path).Rows).Cell(0));
        Assert.Equal([path], Directory.GetFiles(temp.Path));
    }

    public void Dispose() => temp.Dispose();
}
