namespace SuggestionDesk.Spreadsheets.Tests;

/// <summary>A directory of its own for one test's files, deleted afterwards.</summary>
public sealed class TempDirectory : IDisposable
{
    public TempDirectory() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "sd-ledger-" + Guid.NewGuid().ToString("N")[..8]);

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
