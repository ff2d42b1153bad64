using System.Diagnostics;
using System.Management.Automation.Runspaces;
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
        SuggestionDesk.Spreadsheets.LedgerFiles.Read(path);
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

    // Nine million empty styled cells (within every limit): small on disk, seconds to read through.
    private static void WriteSlowWorkbook(string path)
    {
        var cells = string.Concat(Enumerable.Repeat("<c s=\"1\"/>", 1_000));
        HostileWorkbooks.WriteRows(path, writer => HostileWorkbooks.Repeat(writer, $"<row>{cells}</row>", 9_000));
    }
}
