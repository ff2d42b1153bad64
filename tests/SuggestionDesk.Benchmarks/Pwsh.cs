using System.Diagnostics;
using SuggestionDesk.Testing;

namespace SuggestionDesk.Benchmarks;

/// <summary>Runs the repository's pwsh (a dotnet local tool: <c>dotnet pwsh</c>) as a user would.</summary>
internal static class Pwsh
{
    /// <summary>Runs <paramref name="command"/> and returns its output and the process's wall time.</summary>
    public static (string Output, TimeSpan Elapsed) Run(string command, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { "pwsh", "-NoProfile", "-NonInteractive", "-Command", command },
            WorkingDirectory = Repository.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start 'dotnet pwsh'.");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        watch.Stop();
        if (process.ExitCode != 0 || error.Result.Length > 0)
        {
            throw new InvalidOperationException($"pwsh -Command {command} failed (exit code {process.ExitCode}): {error.Result}{output}");
        }

        return (output, watch.Elapsed);
    }

    public static string Quote(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
}
