namespace SuggestionDesk.Core.Tests;

public sealed class CorePurityTests
{
    [Fact]
    public void CoreReferencesOnlyTheBaseClassLibrary()
    {
        var references = typeof(SuggestionItem).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToArray();

        var foreign = references.Where(name => !(name.StartsWith("System", StringComparison.Ordinal) || name is "netstandard" or "mscorlib")).ToArray();

        Assert.True(foreign.Length == 0, $"SuggestionDesk.Core must reference only the base class library, but references: {string.Join(", ", foreign)}");
    }

    [Fact]
    public void CoreProjectHasNoPackageReferences()
    {
        var project = Path.Combine(Repository.Root, "src", "SuggestionDesk.Core", "SuggestionDesk.Core.csproj");

        var text = File.ReadAllText(project);

        Assert.DoesNotContain("PackageReference", text, StringComparison.Ordinal);
        Assert.DoesNotContain("ProjectReference", text, StringComparison.Ordinal);
    }

    [Fact]
    public void CoreRestoresNoPackagesAtAll()
    {
        // Catches packages that reach the core another way, e.g. through a Directory.Build.props.
        var assets = Path.Combine(Repository.Root, "src", "SuggestionDesk.Core", "obj", "project.assets.json");

        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(assets));

        var libraries = json.RootElement.GetProperty("libraries").EnumerateObject().Select(p => p.Name).ToArray();
        Assert.True(libraries.Length == 0, $"SuggestionDesk.Core restores packages: {string.Join(", ", libraries)}");
    }
}
