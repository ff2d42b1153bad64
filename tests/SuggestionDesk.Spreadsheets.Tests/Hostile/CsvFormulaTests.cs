using System.Text;

namespace SuggestionDesk.Spreadsheets.Tests.Hostile;

/// <summary>Formula-like cells are neutralised in exported CSV, as OWASP recommends, and read back exactly.</summary>
public sealed class CsvFormulaTests
{
    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+86 10 1234", "'+86 10 1234")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("'=1+1", "''=1+1")]
    [InlineData("''@x", "'''@x")]
    [InlineData("'quoted", "'quoted")]
    [InlineData("a=1", "a=1")]
    [InlineData("＝1+1", "＝1+1")]
    public void AFormulaLikeCellIsWrittenWithALeadingQuoteAndReadBackExactly(string value, string written)
    {
        var table = new LedgerTable(["Number", "Title"], [new LedgerRow(2, ["2021/0001", value])], 1);
        using var file = new MemoryStream();

        new CsvLedgerFormat().Write(file, table);
        var text = Encoding.UTF8.GetString(file.ToArray());
        file.Position = 0;
        var back = new CsvLedgerFormat().Read(file);

        Assert.EndsWith($"2021/0001,{written}\r\n", text, StringComparison.Ordinal);
        Assert.Equal(value, back.Rows.Single().Cell(1));
    }
}
