using System.Diagnostics;

namespace SuggestionDesk.Spreadsheets.Tests.Hostile;

/// <summary>
/// Small workbooks that used to take gigabytes or never finish are refused, or read, within seconds and a bounded
/// amount of memory, each refusal naming the file and the limit. Memory is what the reading thread allocated.
/// </summary>
public sealed class BoundedWorkbookTests : IDisposable
{
    private static readonly TimeSpan MaxTime = TimeSpan.FromSeconds(10);
    private const long MaxBytes = 1L << 30;
    private readonly TempDirectory temp = new();

    [Fact]
    public void OneHugeInlineTextIsRefusedAtTheCellLimitNotAfterBuildingIt()
    {
        var path = temp.File("huge-text.xlsx");
        HostileWorkbooks.WriteRows(path, writer =>
        {
            writer.Write("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>");
            HostileWorkbooks.Repeat(writer, new string('A', 1 << 20), 600); // 600 MiB of text, a few MB once zipped
            writer.Write("</t></is></c></row>");
        });

        var error = Refused(path);

        Assert.Contains("cell A1 holds more than 32,767 characters", error.Message, StringComparison.Ordinal);
        Assert.True(new FileInfo(path).Length < 10 * 1024 * 1024, $"the probe must stay a small file, not {new FileInfo(path).Length:N0} bytes");
    }

    [Fact]
    public void AMergedAreaToTheSheetsLastCellFillsOnlyTheDatasOwnRowsAndColumns()
    {
        var path = temp.File("merge-to-xfd.xlsx");
        HostileWorkbooks.Write(path, HostileWorkbooks.Row(2, "规划发展处") + HostileWorkbooks.Row(3, "x"),
            "<mergeCells count=\"1\"><mergeCell ref=\"A2:XFD1048576\"/></mergeCells>");

        var table = Bounded(() => LedgerFiles.Read(path));

        Assert.Equal(["编号", "标题"], table.Headers);
        Assert.Equal([["规划发展处", "规划发展处"], ["x", "规划发展处"]], table.Rows.Select(r => r.Cells.ToArray()));
    }

    [Theory]
    [InlineData("A2")]
    [InlineData("garbage")]
    [InlineData("")]
    [InlineData("A2:")]
    [InlineData("A0:B1")]
    public void AMergeReferenceThatNamesNoAreaIsRefusedNamingIt(string reference)
    {
        var path = temp.File("bad-merge.xlsx");
        HostileWorkbooks.Write(path, HostileWorkbooks.Row(2, "x"), $"<mergeCells count=\"1\"><mergeCell ref=\"{reference}\"/></mergeCells>");

        var error = Refused(path);

        Assert.Contains($"merges cells with the reference '{reference}', which names no area", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AUsedRangeReachingColumnXfdWithoutValuesReadsFast()
    {
        var path = temp.File("styled-to-xfd.xlsx");
        var rows = string.Concat(Enumerable.Range(2, 100).Select(r =>
            $"<row r=\"{r}\"><c r=\"A{r}\" t=\"inlineStr\"><is><t>{r}</t></is></c>" +
            string.Concat(Enumerable.Range(0, 50).Select(i => $"<c r=\"{XlsxCellReference.Letters(16_384 - i)}{r}\" s=\"0\"/>")) + "</row>"));
        HostileWorkbooks.Write(path, rows);

        var table = Bounded(() => LedgerFiles.Read(path));

        Assert.Equal(100, table.Rows.Count);
        Assert.Equal(2, table.Headers.Count);
    }

    [Fact]
    public void AValueInColumnXfdIsRefusedNamingTheCellAndTheLimit()
    {
        var path = temp.File("value-in-xfd.xlsx");
        HostileWorkbooks.Write(path, "<row r=\"2\"><c r=\"XFD2\" t=\"inlineStr\"><is><t>x</t></is></c></row>");

        var error = Refused(path);

        Assert.Contains("cell XFD2 holds a value in column 16,384", error.Message, StringComparison.Ordinal);
        Assert.Contains("at most 100 are read", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AValueOnRowOneMillionIsRefusedNamingTheRowLimit()
    {
        var path = temp.File("far-row.xlsx");
        HostileWorkbooks.Write(path, HostileWorkbooks.Row(1_000_000, "x"));

        var error = Refused(path);

        Assert.Contains("cell A1000000 holds a value on row 1,000,000; a ledger has at most 100,000 rows", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void APartThatUnzipsPastItsLimitIsRefusedNamingThePartAndTheLimit()
    {
        var path = temp.File("padded.xlsx");
        // 300 MB of nothing, a few hundred KB zipped.
        HostileWorkbooks.WriteRows(path, writer => HostileWorkbooks.Repeat(writer, new string(' ', 1 << 20), 300));

        var error = Refused(path);

        Assert.Contains("its part xl/worksheets/sheet1.xml unzips to more than 256 MB", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CancellingStopsAReadWithinTwoSeconds()
    {
        // Nine million empty styled cells: within every limit, and a second or more of reading.
        var path = temp.File("slow.xlsx");
        var cells = string.Concat(Enumerable.Repeat("<c s=\"1\"/>", 1_000));
        HostileWorkbooks.WriteRows(path, writer => HostileWorkbooks.Repeat(writer, $"<row>{cells}</row>", 9_000));
        using var cancellation = new CancellationTokenSource();
        var sinceCancelled = new Stopwatch();
        using var registration = cancellation.Token.Register(sinceCancelled.Start);
        // Cancelled from a thread of its own, not a timer: on a busy machine the thread pool that runs timers can be
        // late enough for the read to finish first, and the test would say nothing about cancelling.
        var canceller = new Thread(() =>
        {
            Thread.Sleep(50);
            cancellation.Cancel();
        });
        canceller.Start();

        Assert.ThrowsAny<OperationCanceledException>(() => LedgerFiles.Read(path, cancellation.Token));
        canceller.Join();

        // Measured from the moment it was asked to stop; "a second or two" leaves room for a busy CI machine.
        Assert.True(sinceCancelled.Elapsed < TimeSpan.FromSeconds(2), $"took {sinceCancelled.Elapsed.TotalSeconds:N1} s to stop after being asked");
    }

    [Theory]
    [InlineData("zero.csv")]
    [InlineData("zero.xlsx")]
    public void ALedgerThatIsALinkToAnEndlessDeviceIsRefusedAtTheSizeLimit(string name)
    {
        if (!File.Exists("/dev/zero"))
        {
            return; // only where such a device exists (Linux, macOS); Windows has no path to one
        }

        var path = temp.File(name);
        File.CreateSymbolicLink(path, "/dev/zero");

        var error = Bounded(() => Assert.Throws<InvalidDataException>(() => LedgerFiles.Read(path)));

        Assert.Contains($"Ledger file '{path}' gives more than 20 MB", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => temp.Dispose();

    private InvalidDataException Refused(string path)
    {
        var error = Bounded(() => Assert.Throws<InvalidDataException>(() => LedgerFiles.Read(path)));
        Assert.StartsWith($"Ledger file '{path}': ", error.Message, StringComparison.Ordinal);
        return error;
    }

    private static T Bounded<T>(Func<T> read)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        var result = read();
        Assert.True(clock.Elapsed < MaxTime, $"took {clock.Elapsed.TotalSeconds:N1} s");
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated < MaxBytes, $"allocated {allocated / 1024 / 1024:N0} MB");
        return result;
    }
}
