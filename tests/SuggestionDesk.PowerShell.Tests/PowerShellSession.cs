using System.Collections.ObjectModel;
using System.Management.Automation.Runspaces;
using SuggestionDesk.PowerShell.Items;

namespace SuggestionDesk.PowerShell.Tests;

/// <summary>A real PowerShell runspace with the module imported; runs scripts and keeps their errors.</summary>
public sealed class PowerShellSession : IDisposable
{
    private readonly Runspace runspace;

    public PowerShellSession()
    {
        var state = InitialSessionState.CreateDefault2();
        state.ImportPSModule([typeof(GetSuggestionCommand).Assembly.Location]);
        runspace = RunspaceFactory.CreateRunspace(state);
        runspace.Open();
    }

    /// <summary>The errors of the last run.</summary>
    public IReadOnlyList<ErrorRecord> Errors { get; private set; } = [];

    /// <summary>Runs <paramref name="script"/> (arguments as $args) and returns its output; errors go to <see cref="Errors"/>.</summary>
    public Collection<PSObject> Run(string script, params object?[] arguments)
    {
        using var shell = System.Management.Automation.PowerShell.Create();
        shell.Runspace = runspace;
        shell.AddScript(script);
        foreach (var argument in arguments)
        {
            shell.AddArgument(argument);
        }

        var output = shell.Invoke();
        Errors = shell.Streams.Error.ToArray();
        return output;
    }

    /// <summary>Runs a script that must not write errors.</summary>
    public Collection<PSObject> RunClean(string script, params object?[] arguments)
    {
        var output = Run(script, arguments);
        Assert.True(Errors.Count == 0, "Unexpected errors: " + string.Join(Environment.NewLine, Errors.Select(e => e.ToString())));
        return output;
    }

    public void Dispose() => runspace.Dispose();
}
