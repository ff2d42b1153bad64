namespace SuggestionDesk.Infra.Tests;

/// <summary>Paths in the repository the tests run from.</summary>
public static class Repository
{
    /// <summary>The repository root (the folder holding Automation.sln).</summary>
    public static string Root => SuggestionDesk.Testing.Repository.Root;

    /// <summary>infra/.</summary>
    public static string Infra => Path.Combine(Root, "infra");

    /// <summary>Every .bicep and .bicepparam file under infra/, relative to infra/.</summary>
    public static IEnumerable<string> BicepFiles() =>
        Directory.EnumerateFiles(Infra, "*.bicep*", SearchOption.AllDirectories)
            .Where(path => path.EndsWith(".bicep", StringComparison.Ordinal) || path.EndsWith(".bicepparam", StringComparison.Ordinal))
            .Select(path => Path.GetRelativePath(Infra, path))
            .Order(StringComparer.Ordinal);
}
