namespace SuggestionDesk.PowerShell.Tests;

/// <summary>The repository's root, for sample files kept in it.</summary>
internal static class Repository
{
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

        throw new InvalidOperationException("Automation.sln not found above the test binaries.");
    }
}
