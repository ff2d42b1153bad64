using SuggestionDesk.HelpBuilder.Markdown;

namespace SuggestionDesk.HelpBuilder.Tests;

/// <summary>
/// Each row breaks the valid Get-HelpSample.md in one way; the doc must then give no help and a problem that names
/// the file and says what is missing or wrong.
/// </summary>
public sealed class MalformedDocTests
{
    private const string File = "Get-HelpSample.md";
    private const string SessionYaml = "Type: String\nParameter Sets: BySession\n";
    private const string SessionSection = "### -Session\nThe session (会议) whose items to get.\n\n```yaml\n";

    public static TheoryData<string, string, string, string> Breakages => new()
    {
        // why, replace this, with this, a problem says
        { "no synopsis section", "## SYNOPSIS\nGets sample items by name or by session.\n", "", "no '## SYNOPSIS' section" },
        { "empty synopsis", "Gets sample items by name or by session.\n", "", "'## SYNOPSIS' (line 10) is empty" },
        { "platyPS placeholder", "Gets sample items by name or by session.", "{{ Fill in the Synopsis }}", "'## SYNOPSIS' (line 10) still has a '{{ ... }}' placeholder" },
        { "no description section", "## DESCRIPTION\n", "", "no '## DESCRIPTION' section" },
        { "no examples section", "## EXAMPLES\n", "", "no example" },
        { "example without its heading", "### Example 1: Get one item by name\n", "", "'## EXAMPLES' has text or code on line 37 before any '### Example N: <what it shows>' heading" },
        { "input type without its heading", "### System.String[]\n", "", "'## INPUTS' has text or code on line 115 before any '### <Type name>' (or '### None') heading" },
        { "example without code", "```powershell\nPS> Get-HelpSample -Name 20210347\n```\n", "", "the example '### Example 1: Get one item by name' (line 37) has no code" },
        { "example without remarks", "Gets the item *20210347*, open or not.\n", "", "the example '### Example 1: Get one item by name' (line 37) has no text explaining it" },
        { "parameter without description", "The session (会议) whose items to get.\n", "", "-Session (line 95) has no description" },
        { "parameter without yaml", "```yaml\n" + SessionYaml + "Aliases:\n\nRequired: True\nPosition: 0\nDefault value: None\nAccept pipeline input: False\nAccept wildcard characters: False\n```\n", "", "-Session (line 95) has no ```yaml block" },
        { "yaml without type", SessionSection + "Type: String\n", SessionSection, "-Session (line 95): the yaml block has no 'Type:'" },
        { "Required not a boolean", SessionYaml + "Aliases:\n\nRequired: True", SessionYaml + "Aliases:\n\nRequired: Yes", "'Required: Yes' must be True or False" },
        { "Position not a number", SessionYaml + "Aliases:\n\nRequired: True\nPosition: 0", SessionYaml + "Aliases:\n\nRequired: True\nPosition: first", "'Position: first' must be Named or a number from 0" },
        { "unknown yaml key", SessionYaml, SessionYaml + "Mandatory: True\n", "the yaml line 'Mandatory: True' is not one of" },
        { "pipeline input not True or False", "Accept pipeline input: True (ByPropertyName)", "Accept pipeline input: ByPropertyName", "'Accept pipeline input: ByPropertyName' must be False, or True" },
        { "parameter heading without hyphen", "### -Session\n", "### Session\n", "'### Session' under PARAMETERS (line 95) must be '### -Name'" },
        { "parameter documented twice", "### CommonParameters\n", SessionSection + SessionYaml + "```\n\n### CommonParameters\n", "-Session is documented twice" },
        { "title differs from file name", "# Get-HelpSample\n", "# Get-HelpSamples\n", "does not match the file name: name the file Get-HelpSamples.md" },
        { "title not a cmdlet name", "# Get-HelpSample\n", "# HelpSample\n", "'# HelpSample' (line 8) is not a cmdlet name" },
        { "no title", "# Get-HelpSample\n", "", "no title: the doc must start with '# Get-HelpSample'" },
        { "misspelt section", "## EXAMPLES\n", "## EXAMPEL\n", "'## EXAMPEL' (line 35) is not a section of cmdlet help" },
        { "section twice", "## NOTES\n", "## NOTES\nOne.\n\n## NOTES\n", "'## NOTES' appears twice" },
        { "no syntax section", "## SYNTAX\n", "", "no '## SYNTAX' section" },
        { "syntax set without its line", "### BySession\n```\nGet-HelpSample [-Session] <String> [[-Name] <String[]>] [-IncludeClosed] [<CommonParameters>]\n```\n", "### BySession\n", "'### BySession' under SYNTAX (line 20) has no code block" },
        { "two default sets", "### BySession\n", "### BySession (Default)\n", "more than one set under SYNTAX is marked (Default): ByName, BySession" },
        { "syntax names an undocumented parameter", "[-IncludeClosed] [<CommonParameters>]\n```\n\n### BySession", "[-IncludeClosed] [-Extra <String>] [<CommonParameters>]\n```\n\n### BySession", "the syntax of 'ByName' names -Extra, which PARAMETERS does not document" },
        { "syntax names a parameter its yaml leaves out", "Get-HelpSample [-Name] <String[]> [-IncludeClosed]", "Get-HelpSample [-Name] <String[]> [-Session <String>] [-IncludeClosed]", "the syntax of 'ByName' names -Session, but its yaml 'Parameter Sets' does not include 'ByName'" },
        { "yaml names a set SYNTAX lacks", SessionYaml, "Type: String\nParameter Sets: ByTitle\n", "-Session: 'Parameter Sets' names 'ByTitle', which SYNTAX does not have; the sets are ByName, BySession" },
        { "yaml puts a parameter in a set whose syntax lacks it", "[[-Name] <String[]>] [-IncludeClosed]", "[[-Name] <String[]>]", "-IncludeClosed is in 'BySession' by its yaml, but the syntax of 'BySession' does not show it" },
        { "two yaml blocks for one set", "Parameter Sets: BySession\nAliases: Id", "Parameter Sets: ByName\nAliases: Id", "-Name has 2 yaml blocks for 'ByName'" },
        { "code block never closed", "## RELATED LINKS\n\n[Set-HelpSample](Set-HelpSample.md)\n", "## RELATED LINKS\n\n```\n[Set-HelpSample](Set-HelpSample.md)\n", "the code block opened on line" },
    };

    [Theory]
    [MemberData(nameof(Breakages))]
    public void ABrokenDocGivesNoHelpAndAProblemNamingTheFileAndWhatIsWrong(string why, string replace, string with, string expected)
    {
        var valid = SampleDocs.GetHelpSample;
        Assert.True(valid.Contains(replace, StringComparison.Ordinal), $"the row '{why}' no longer matches the sample doc");

        var result = MarkdownHelpParser.Parse(File, valid.Replace(replace, with));

        Assert.Null(result.Help);
        Assert.NotEmpty(result.Problems);
        Assert.All(result.Problems, p => Assert.Equal(File, p.File));
        Assert.Contains(result.Problems, p => p.Message.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void TheUnbrokenSampleDocHasNoProblems() =>
        Assert.Empty(MarkdownHelpParser.Parse(File, SampleDocs.GetHelpSample).Problems);

    [Fact]
    public void EveryProblemOfADocIsReportedNotOnlyTheFirst()
    {
        var broken = SampleDocs.GetHelpSample
            .Replace("Gets sample items by name or by session.\n", "")
            .Replace("The session (会议) whose items to get.\n", "");

        var problems = MarkdownHelpParser.Parse(File, broken).Problems.Select(p => p.ToString()).ToList();

        Assert.Contains(problems, p => p.StartsWith("Get-HelpSample.md: '## SYNOPSIS' (line 10) is empty", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Get-HelpSample.md: -Session (line 94) has no description", StringComparison.Ordinal));
    }
}
