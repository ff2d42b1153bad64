using System.Collections.ObjectModel;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using SuggestionDesk.PowerShell.Items;
using SuggestionDesk.Storage;
using SuggestionDesk.Testing;

namespace SuggestionDesk.Benchmarks;

/// <summary>
/// A PowerShell runspace in this process with the module imported and connected to one table prefix, every request
/// of its clients going through a <see cref="RequestCounter"/> (which can add a fixed delay to each): the cmdlets as a
/// user runs them, their round trips counted and, with the delay, their wait in Azure simulated.
/// </summary>
internal sealed class InProcessSession : IDisposable
{
    private readonly Runspace runspace;
    private readonly IDisposable observing;

    public InProcessSession(BenchContext context, string prefix, TimeSpan delay = default)
    {
        Counter = new RequestCounter(delay);
        observing = ClientDiagnostics.Observe(prefix, Counter);
        var state = InitialSessionState.CreateDefault2();
        state.ImportPSModule([typeof(GetSuggestionCommand).Assembly.Location]);
        runspace = RunspaceFactory.CreateRunspace(state);
        runspace.Open();
        Run($"Connect-SuggestionStore -ConnectionString '{context.ConnectionString}' -TablePrefix {prefix} | Out-Null");
        Counter.Reset();
    }

    public RequestCounter Counter { get; }

    /// <summary>Runs <paramref name="script"/>; throws on any error.</summary>
    public Collection<PSObject> Run(string script)
    {
        using var shell = System.Management.Automation.PowerShell.Create();
        shell.Runspace = runspace;
        shell.AddScript(script);
        var output = shell.Invoke();
        if (shell.Streams.Error.Count > 0)
        {
            throw new InvalidOperationException($"{script}: {string.Join("; ", shell.Streams.Error)}");
        }

        return output;
    }

    /// <summary>The requests <paramref name="script"/> sends.</summary>
    public IReadOnlyList<SentRequest> Count(string script)
    {
        Counter.Reset();
        Run(script);
        return Counter.Requests;
    }

    public void Dispose()
    {
        runspace.Dispose();
        observing.Dispose();
    }
}
