using System.Management.Automation;
using System.Management.Automation.Runspaces;
using SuggestionDesk.HelpBuilder.Tests.Samples;

namespace SuggestionDesk.HelpBuilder.Tests;

/// <summary>
/// Builds the MAML for the sample cmdlets with the tool's own command line, next to this test assembly where
/// PowerShell looks for &lt;Assembly&gt;.dll-Help.xml, and imports the assembly as a binary module in a real runspace.
/// </summary>
public sealed class GetHelpFixture : IDisposable
{
    private readonly Runspace runspace;

    public GetHelpFixture()
    {
        var assembly = typeof(GetHelpSampleCommand).Assembly.Location;
        HelpFile = assembly + "-Help.xml";
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = HelpBuilderCommand.Run([SampleDocs.Folder, HelpFile, "--assembly", assembly], output, error);
        if (exitCode != HelpBuilderCommand.Written)
        {
            throw new InvalidOperationException($"the help builder failed ({exitCode}) on the sample docs:\n{error}");
        }

        runspace = RunspaceFactory.CreateRunspace(InitialSessionState.CreateDefault2());
        runspace.Open();
        Invoke($"Import-Module '{assembly.Replace("'", "''")}' -ErrorAction Stop");
    }

    public string HelpFile { get; }

    /// <summary>Runs <paramref name="script"/> in the runspace; any error fails the test with its message.</summary>
    public IReadOnlyList<PSObject> Invoke(string script)
    {
        using var shell = PowerShell.Create(runspace);
        shell.AddScript(script);
        var results = shell.Invoke();
        if (shell.HadErrors)
        {
            throw new InvalidOperationException(string.Join("\n", shell.Streams.Error.Select(e => e.ToString())));
        }

        return results;
    }

    /// <summary>What <paramref name="script"/> prints, as a person at the console would see it.</summary>
    public string Text(string script) =>
        string.Concat(Invoke($"{script} | Out-String -Width 250").Select(o => o.ToString()));

    public void Dispose() => runspace.Dispose();
}
