using SuggestionDesk.HelpBuilder.Tests.Samples;

namespace SuggestionDesk.HelpBuilder.Tests;

/// <summary>The command line build.sh calls: exit codes, messages naming the file, and nothing written on failure.</summary>
public sealed class HelpBuilderCommandTests
{
    private static readonly string SampleAssembly = typeof(GetHelpSampleCommand).Assembly.Location;

    private static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = HelpBuilderCommand.Run(args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }

    [Fact]
    public void CompleteDocsCheckedAgainstTheAssemblyAreWrittenAndExitZero()
    {
        using var folder = new TempFolder();
        var helpFile = Path.Combine(folder.Path, "Sample.dll-Help.xml");

        var (exitCode, output, error) = Run(SampleDocs.Folder, helpFile, "--assembly", SampleAssembly);

        Assert.Equal((HelpBuilderCommand.Written, string.Empty), (exitCode, error));
        Assert.Contains("help for 2 cmdlet(s), checked against SuggestionDesk.HelpBuilder.Tests.dll", output);
        Assert.Contains("<command:name>Set-HelpSample</command:name>", File.ReadAllText(helpFile));
    }

    [Fact]
    public void AnIncompleteDocExitsOneNamingTheFileAndWritesNothing()
    {
        using var docs = SampleDocs.InTempFolder(
            ("Get-HelpSample.md", SampleDocs.GetHelpSample.Replace("Gets sample items by name or by session.\n", "")),
            ("Set-HelpSample.md", SampleDocs.SetHelpSample));
        var helpFile = Path.Combine(docs.Path, "Sample.dll-Help.xml");

        var (exitCode, _, error) = Run(docs.Path, helpFile);

        Assert.Equal(HelpBuilderCommand.DocProblems, exitCode);
        Assert.Contains($"{Path.Combine(docs.Path, "Get-HelpSample.md")}: error: '## SYNOPSIS' (line 10) is empty", error);
        Assert.Contains("help not written: 1 problem(s)", error);
        Assert.False(File.Exists(helpFile));
    }

    [Fact]
    public void ACmdletWithoutADocExitsOneNamingTheDocToWrite()
    {
        using var docs = SampleDocs.InTempFolder(("Get-HelpSample.md", SampleDocs.GetHelpSample));

        var (exitCode, _, error) = Run(docs.Path, Path.Combine(docs.Path, "out.xml"), "--assembly", SampleAssembly);

        Assert.Equal(HelpBuilderCommand.DocProblems, exitCode);
        Assert.Contains($"{Path.Combine(docs.Path, "Set-HelpSample.md")}: error: missing: the module has the cmdlet Set-HelpSample", error);
    }

    [Fact]
    public void AFolderWithoutCmdletDocsExitsOne()
    {
        using var docs = SampleDocs.InTempFolder(("README.md", "# Docs\n"), ("SuggestionDesk.md", "---\nModule Guid: 00000000-0000-0000-0000-000000000000\n---\n# SuggestionDesk Module\n"));

        var (exitCode, _, error) = Run(docs.Path, Path.Combine(docs.Path, "out.xml"));

        Assert.Equal(HelpBuilderCommand.DocProblems, exitCode);
        Assert.Contains("no cmdlet docs in this folder", error);
    }

    [Fact]
    public void TheReadmeAndTheModulePageAreNotTakenForCmdletDocs()
    {
        using var docs = SampleDocs.InTempFolder(
            ("Get-HelpSample.md", SampleDocs.GetHelpSample),
            ("Set-HelpSample.md", SampleDocs.SetHelpSample),
            ("README.md", "# How to write the docs\n"),
            ("SuggestionDesk.md", "---\nModule Name: SuggestionDesk\nModule Guid: 00000000-0000-0000-0000-000000000000\n---\n# SuggestionDesk Module\n"));

        var (exitCode, _, error) = Run(docs.Path, Path.Combine(docs.Path, "out.xml"), "--assembly", SampleAssembly);

        Assert.Equal((HelpBuilderCommand.Written, string.Empty), (exitCode, error));
    }

    [Theory]
    [InlineData(new string[0], "usage: SuggestionDesk.HelpBuilder <docs folder> <output .dll-Help.xml>")]
    [InlineData(new[] { "only-one-argument" }, "usage:")]
    [InlineData(new[] { "/no/such/docs", "out.xml" }, "the docs folder '/no/such/docs' does not exist")]
    [InlineData(new[] { ".", "out.xml", "--assembly", "/no/such/SuggestionDesk.dll" }, "the module assembly '/no/such/SuggestionDesk.dll' does not exist; build the module first")]
    [InlineData(new[] { ".", "out.xml", "--force" }, "unknown option '--force'")]
    public void AWrongCommandLineExitsTwoSayingWhatIsWrong(string[] args, string expected)
    {
        var (exitCode, _, error) = Run(args);

        Assert.Equal(HelpBuilderCommand.UsageError, exitCode);
        Assert.Contains(expected, error);
    }
}
