using System.Diagnostics;
using System.Reflection;

namespace SuggestionDesk.Infra.Tests;

/// <summary>
/// The Bicep CLI restored by this project's <c>PackageDownload</c> (Azure.Bicep.CommandLine.{runtime}, for the machine
/// the tests run on: win-x64, osx-arm64, osx-x64, linux-arm64 or linux-x64), run from the NuGet global packages
/// folder. Offline: build and lint need no network.
/// </summary>
public static class BicepCli
{
    private static readonly Lazy<string> Executable = new(Locate);

    /// <summary>Runs <c>bicep</c> with <paramref name="arguments"/> and returns what it wrote.</summary>
    public static BicepResult Run(params string[] arguments)
    {
        var start = new ProcessStartInfo(Executable.Value)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // No telemetry, no update check, nothing that needs the network.
        start.Environment["BICEP_TELEMETRY_ENABLED"] = "false";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {Executable.Value}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"bicep {string.Join(' ', arguments)} did not finish within 3 minutes.");
        }

        return new BicepResult(process.ExitCode, stdout.Result, stderr.Result);
    }

    private static string Locate()
    {
        var assembly = typeof(BicepCli).Assembly;
        var version = Metadata(assembly, "BicepVersion");
        var runtime = Metadata(assembly, "BicepRuntime");
        var file = OperatingSystem.IsWindows() ? "bicep.exe" : "bicep";
        var roots = new[]
        {
            Environment.GetEnvironmentVariable("NUGET_PACKAGES"),
            Metadata(assembly, "NuGetPackageRoot"),
            Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages"),
        };
        var candidates = roots
            .Where(root => !string.IsNullOrEmpty(root))
            .Select(root => Path.Combine(root!, $"azure.bicep.commandline.{runtime}", version, "tools", file))
            .ToList();
        var path = candidates.FirstOrDefault(File.Exists) ?? throw new FileNotFoundException(
            $"The Bicep CLI {version} is not in the NuGet cache (looked at {string.Join(", ", candidates)}). " +
            "Run 'dotnet restore tests/SuggestionDesk.Infra.Tests' to download it.");

        // NuGet extracts without the execute bit.
        if (!OperatingSystem.IsWindows())
        {
            var mode = File.GetUnixFileMode(path);
            File.SetUnixFileMode(path, mode | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        }

        return path;
    }

    private static string Metadata(Assembly assembly, string key) =>
        assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == key)?.Value
        ?? throw new InvalidOperationException($"The test assembly has no '{key}' metadata; see the project file.");
}

/// <summary>What one Bicep CLI run returned.</summary>
public sealed record BicepResult(int ExitCode, string Output, string Errors)
{
    /// <summary>Diagnostics (warnings, errors, infos) the run printed, one a line.</summary>
    public IReadOnlyList<string> Diagnostics(bool includeOutput) =>
        (includeOutput ? Output + "\n" + Errors : Errors)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .ToList();
}
