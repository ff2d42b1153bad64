namespace SuggestionDesk.Testing;

/// <summary>The repository's root (where Automation.sln is), for sample files and tools kept in it.</summary>
public static class Repository
{
    /// <summary>The root folder, found above the test binaries.</summary>
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Automation.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"Automation.sln not found above the test binaries in {AppContext.BaseDirectory}.");
    }
}
