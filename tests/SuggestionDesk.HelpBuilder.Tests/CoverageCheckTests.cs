using SuggestionDesk.HelpBuilder.Coverage;
using SuggestionDesk.HelpBuilder.Markdown;
using SuggestionDesk.HelpBuilder.Tests.Samples;

namespace SuggestionDesk.HelpBuilder.Tests;

/// <summary>The docs are checked against the cmdlets the assembly really declares, read from its metadata.</summary>
public sealed class CoverageCheckTests
{
    private static IReadOnlyList<CmdletDefinition> Cmdlets => CmdletAssemblyReader.Read(typeof(GetHelpSampleCommand).Assembly.Location);

    private static CommandHelp GetDoc => MarkdownHelpParser.Parse("Get-HelpSample.md", SampleDocs.GetHelpSample).Help!;

    private static CommandHelp SetDoc => MarkdownHelpParser.Parse("Set-HelpSample.md", SampleDocs.SetHelpSample).Help!;

    [Fact]
    public void TheReaderFindsEachCmdletWithItsSetsMandatoryPositionsAndSwitches()
    {
        var get = Cmdlets.Single(c => c.Name == "Get-HelpSample");
        var set = Cmdlets.Single(c => c.Name == "Set-HelpSample");

        Assert.Equal(("SuggestionDesk.HelpBuilder.Tests.Samples.GetHelpSampleCommand", "ByName", false), (get.TypeName, get.DefaultParameterSetName, get.SupportsShouldProcess));
        Assert.Equal(
            [new ParameterBinding("ByName", true, 0), new ParameterBinding("BySession", false, 1)],
            get.Parameters.Single(p => p.Name == "Name").Bindings);
        Assert.Equal("String[]", get.Parameters.Single(p => p.Name == "Name").Type);
        Assert.True(get.Parameters.Single(p => p.Name == "IncludeClosed").IsSwitch);
        Assert.Equal([new ParameterBinding(ParameterSetSyntax.AllSets, false, null)], get.Parameters.Single(p => p.Name == "IncludeClosed").Bindings);
        Assert.True(set.SupportsShouldProcess);
        Assert.Equal(["Name", "Title"], set.Parameters.Select(p => p.Name));
    }

    [Fact]
    public void TheSampleDocsMatchTheSampleCmdlets() =>
        Assert.Empty(CoverageCheck.Compare([GetDoc, SetDoc], Cmdlets));

    public static TheoryData<string, string, string> Disagreements => new()
    {
        // why, the doc's file, a problem says
        { "a cmdlet without a doc", "Set-HelpSample.md", "missing: the module has the cmdlet Set-HelpSample (SuggestionDesk.HelpBuilder.Tests.Samples.SetHelpSampleCommand) but no doc for it" },
        { "a doc without a cmdlet", "Get-Nothing.md", "documents Get-Nothing, which the module does not have" },
        { "an undocumented parameter", "Get-HelpSample.md", "-Session of Get-HelpSample is not documented" },
        { "a parameter the cmdlet lacks", "Get-HelpSample.md", "documents -Extra, which Get-HelpSample does not have" },
        { "WhatIf of a ShouldProcess cmdlet undocumented", "Set-HelpSample.md", "-WhatIf of Set-HelpSample is not documented" },
        { "Required differs", "Get-HelpSample.md", "-Name in 'ByName': the cmdlet has Mandatory=True but the yaml says 'Required: False'" },
        { "Position differs", "Get-HelpSample.md", "-Name in 'BySession': the cmdlet has position 1 but the yaml says 'Position: Named'" },
        { "a switch documented as a value", "Get-HelpSample.md", "-IncludeClosed is a SwitchParameter but its yaml says 'Type: String'" },
        { "a set missing from SYNTAX", "Get-HelpSample.md", "the parameter set 'BySession' of Get-HelpSample has no '### BySession' under SYNTAX" },
        { "the wrong default set", "Get-HelpSample.md", "the default parameter set of Get-HelpSample is 'ByName'; mark '### ByName (Default)' under SYNTAX" },
        { "a parameter in a set it is not in", "Get-HelpSample.md", "-Session is documented in 'ByName', but the cmdlet does not have it there" },
    };

    [Theory]
    [MemberData(nameof(Disagreements))]
    public void ADocThatDisagreesWithTheCmdletIsAProblemNamingTheDoc(string why, string file, string expected)
    {
        var (get, set) = Break(why);
        var docs = new[] { get, set }.OfType<CommandHelp>().ToList();

        var problems = CoverageCheck.Compare(docs, Cmdlets);

        Assert.Contains(problems, p => p.File == file && p.Message.Contains(expected, StringComparison.Ordinal));
    }

    private static (CommandHelp? Get, CommandHelp? Set) Break(string why)
    {
        var get = GetDoc;
        var set = SetDoc;
        var nameOf = (string name) => get.Parameters.Single(p => p.Name == name);
        var replacing = (string name, ParameterHelp with) => get.Parameters.Select(p => p.Name == name ? with : p).ToList();
        return why switch
        {
            "a cmdlet without a doc" => (get, null),
            "a doc without a cmdlet" => (get, set with { Name = "Get-Nothing" }),
            "an undocumented parameter" => (get with { Parameters = get.Parameters.Where(p => p.Name != "Session").ToList() }, set),
            "a parameter the cmdlet lacks" => (get with { Parameters = [.. get.Parameters, nameOf("Session") with { Name = "Extra" }] }, set),
            "WhatIf of a ShouldProcess cmdlet undocumented" => (get, set with { Parameters = set.Parameters.Where(p => p.Name != "WhatIf").ToList() }),
            "Required differs" => (get with { Parameters = replacing("Name", nameOf("Name") with { Usages = [nameOf("Name").Usages[0] with { Required = false }, nameOf("Name").Usages[1]] }) }, set),
            "Position differs" => (get with { Parameters = replacing("Name", nameOf("Name") with { Usages = [nameOf("Name").Usages[0], nameOf("Name").Usages[1] with { Position = null }] }) }, set),
            "a switch documented as a value" => (get with { Parameters = replacing("IncludeClosed", nameOf("IncludeClosed") with { Usages = [nameOf("IncludeClosed").Primary with { Type = "String" }] }) }, set),
            "a set missing from SYNTAX" => (get with { ParameterSets = [get.ParameterSets[0]] }, set),
            "the wrong default set" => (get with { ParameterSets = [get.ParameterSets[0] with { IsDefault = false }, get.ParameterSets[1] with { IsDefault = true }] }, set),
            "a parameter in a set it is not in" => (get with { Parameters = replacing("Session", nameOf("Session") with { Usages = [nameOf("Session").Primary with { ParameterSets = [] }] }) }, set),
            _ => throw new ArgumentOutOfRangeException(nameof(why), why, "no such breakage"),
        };
    }
}
