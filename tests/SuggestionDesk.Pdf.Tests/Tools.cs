using System.Diagnostics;

namespace SuggestionDesk.Pdf.Tests;

/// <summary>Runs the poppler tools and qpdf on a PDF, as a reader on another machine would read it.</summary>
internal static class Tools
{
    public static (int ExitCode, string Output) Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start; ./build.sh installs poppler-utils and qpdf.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result + error.Result);
    }

    /// <summary>The text pdftotext gives back in content-stream order (-raw), lines joined without breaks.</summary>
    public static string Text(string pdf, string lineJoin = "") =>
        Run("pdftotext", "-raw", "-enc", "UTF-8", pdf, "-").Output.Replace("\n", lineJoin).Replace("\f", lineJoin);

    /// <summary>The rows of pdffonts' table: name, type, encoding, emb, sub, uni.</summary>
    public static IReadOnlyList<string[]> Fonts(string pdf) => Run("pdffonts", pdf).Output
        .Split('\n', StringSplitOptions.RemoveEmptyEntries)
        .Skip(2)
        .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        .ToArray();
}
