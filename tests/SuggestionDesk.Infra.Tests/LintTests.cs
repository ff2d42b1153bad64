namespace SuggestionDesk.Infra.Tests;

/// <summary>Every Bicep file builds and lints with no diagnostic at all: a warning fails the build like an error.</summary>
public sealed class LintTests
{
    public static TheoryData<string> BicepFiles() => new(Repository.BicepFiles());

    [Fact]
    public void InfraHoldsTheTemplateItsModulesAndAnExampleParametersFile()
    {
        var files = Repository.BicepFiles().ToList();

        Assert.Contains("main.bicep", files);
        Assert.Contains("main.bicepparam", files);
        Assert.Contains(files, f => f.StartsWith("modules", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(BicepFiles))]
    public void EveryFileLintsWithoutAnyDiagnostic(string file)
    {
        var result = BicepCli.Run("lint", Path.Combine(Repository.Infra, file));

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Diagnostics(includeOutput: true));
    }

    [Fact]
    public void MainTemplateBuildsWithoutAnyDiagnostic()
    {
        var result = BicepCli.Run("build", Path.Combine(Repository.Infra, "main.bicep"), "--stdout");

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Diagnostics(includeOutput: false));
        Assert.StartsWith("{", result.Output.TrimStart(), StringComparison.Ordinal);
    }

    [Fact]
    public void ExampleParametersFileBuildsAgainstTheTemplate()
    {
        var result = BicepCli.Run("build-params", Path.Combine(Repository.Infra, "main.bicepparam"), "--stdout");

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Diagnostics(includeOutput: false));
        Assert.Contains("senderMailbox", result.Output, StringComparison.Ordinal);
        Assert.Contains("officeMailbox", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void BuildingWritesNothingIntoTheRepository()
    {
        CompiledTemplate.Build(Path.Combine(Repository.Infra, "main.bicep"));

        Assert.Empty(Directory.EnumerateFiles(Repository.Infra, "*.json", SearchOption.AllDirectories));
    }
}
