namespace SuggestionDesk.HelpBuilder.Tests;

/// <summary>The docs of the sample cmdlets, copied beside the test assembly from Data/docs.</summary>
internal static class SampleDocs
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Data", "docs");

    public static string GetHelpSample => File.ReadAllText(Path.Combine(Folder, "Get-HelpSample.md"));

    public static string SetHelpSample => File.ReadAllText(Path.Combine(Folder, "Set-HelpSample.md"));

    /// <summary>A copy of <paramref name="docs"/> (file name to text) in a fresh temporary folder.</summary>
    public static TempFolder InTempFolder(params (string File, string Text)[] docs)
    {
        var folder = new TempFolder();
        foreach (var (file, text) in docs)
        {
            File.WriteAllText(Path.Combine(folder.Path, file), text);
        }

        return folder;
    }
}

/// <summary>A temporary folder, deleted on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "helpbuilder-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
