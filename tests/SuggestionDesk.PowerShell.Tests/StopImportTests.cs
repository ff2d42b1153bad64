using System.Diagnostics;
using System.IO.Compression;
using System.Management.Automation.Runspaces;
using System.Text;
using SuggestionDesk.PowerShell.Items;

namespace SuggestionDesk.PowerShell.Tests;

/// <summary>Ctrl+C (StopProcessing) ends an import that is still reading its file within a second or two.</summary>
public sealed class StopImportTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("sd-stop-").FullName;

    [Fact]
    public void StoppingAnImportWhileItReadsAWorkbookEndsItPromptly()
    {
        var path = Path.Combine(folder, "slow.xlsx");
        WriteSlowWorkbook(path);
        var whole = Stopwatch.StartNew();
        SuggestionDesk.Ledger.Files.LedgerFiles.Read(path);
        Assert.True(whole.Elapsed > TimeSpan.FromSeconds(0.6), $"the probe must take a while to read, not {whole.Elapsed.TotalSeconds:N1} s");
        var state = InitialSessionState.CreateDefault2();
        state.ImportPSModule([typeof(GetSuggestionCommand).Assembly.Location]);
        using var runspace = RunspaceFactory.CreateRunspace(state);
        runspace.Open();
        using var shell = System.Management.Automation.PowerShell.Create();
        shell.Runspace = runspace;
        shell.AddCommand("Import-Suggestion").AddParameter("Path", path);

        var running = shell.BeginInvoke();
        Thread.Sleep(300);
        var clock = Stopwatch.StartNew();
        shell.Stop();

        Assert.True(running.AsyncWaitHandle.WaitOne(TimeSpan.FromSeconds(5)), "the import did not end");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed.TotalSeconds:N1} s to stop");
        Assert.Equal(PSInvocationState.Stopped, shell.InvocationStateInfo.State);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    // A workbook of nine million empty styled cells (within every limit): small on disk, seconds to read through.
    private static void WriteSlowWorkbook(string path)
    {
        const string main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        void Part(string name, string xml)
        {
            using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
            writer.Write(xml);
        }

        Part("xl/workbook.xml", $"<workbook xmlns=\"{main}\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"台账\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        Part("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
        using var sheet = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest).Open(), new UTF8Encoding(false), 1 << 16);
        sheet.Write($"<worksheet xmlns=\"{main}\"><sheetData>");
        var cells = string.Concat(Enumerable.Repeat("<c s=\"1\"/>", 1_000));
        for (var row = 1; row <= 9_000; row++)
        {
            sheet.Write($"<row r=\"{row}\">{cells}</row>");
        }

        sheet.Write("</sheetData></worksheet>");
    }
}
