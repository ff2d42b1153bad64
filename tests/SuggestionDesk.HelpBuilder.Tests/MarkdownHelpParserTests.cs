using SuggestionDesk.HelpBuilder.Markdown;

namespace SuggestionDesk.HelpBuilder.Tests;

/// <summary>A complete doc in platyPS's layout becomes the model the MAML is written from.</summary>
public sealed class MarkdownHelpParserTests
{
    private static CommandHelp Parse(string file, string markdown)
    {
        var result = MarkdownHelpParser.Parse(file, markdown);
        Assert.Empty(result.Problems);
        return result.Help!;
    }

    private static CommandHelp GetHelpSample => Parse("Get-HelpSample.md", SampleDocs.GetHelpSample);

    [Fact]
    public void NameSynopsisAndDescriptionAreRead()
    {
        var help = GetHelpSample;

        Assert.Equal(("Get-HelpSample", "Get", "HelpSample"), (help.Name, help.Verb, help.Noun));
        Assert.Equal(["Gets sample items by name or by session."], help.Synopsis);
        Assert.Equal(4, help.Description.Count);
    }

    [Fact]
    public void EachSyntaxHeadingIsAParameterSetWithItsParametersInSyntaxOrder()
    {
        var sets = GetHelpSample.ParameterSets;

        Assert.Equal(
            [("ByName", true, "Name,IncludeClosed"), ("BySession", false, "Session,Name,IncludeClosed")],
            sets.Select(s => (s.Name, s.IsDefault, string.Join(",", s.ParameterNames))));
    }

    [Fact]
    public void AParameterWithOneYamlBlockPerSetIsRequiredAndPositionedPerSet()
    {
        var help = GetHelpSample;
        var name = help.Parameters.Single(p => p.Name == "Name");

        Assert.Equal((true, 0, "True (ByPropertyName)"), (name.UsageIn("ByName")!.Required, name.UsageIn("ByName")!.Position, name.UsageIn("ByName")!.PipelineInput));
        Assert.Equal((false, 1, "False"), (name.UsageIn("BySession")!.Required, name.UsageIn("BySession")!.Position, name.UsageIn("BySession")!.PipelineInput));
        Assert.Equal(["Id"], name.Primary.Aliases);
        Assert.True(name.Primary.IsArray);
        Assert.Equal(["Session", "Name", "IncludeClosed"], help.ParametersOf(help.ParameterSets[1]).Select(x => x.Parameter.Name));
    }

    [Fact]
    public void ASwitchCoversEverySetAndCommonParametersAreNotAParameter()
    {
        var help = GetHelpSample;
        var includeClosed = help.Parameters.Single(p => p.Name == "IncludeClosed");

        Assert.True(includeClosed.Primary.IsSwitch);
        Assert.True(includeClosed.Primary.CoversAllSets);
        Assert.Null(includeClosed.Primary.Position);
        Assert.Equal(["IncludeClosed", "Name", "Session"], help.Parameters.Select(p => p.Name));
    }

    [Fact]
    public void ExamplesInputsOutputsNotesAndLinksAreRead()
    {
        var help = GetHelpSample;

        Assert.Equal(
            [
                new ExampleHelp("Example 1: Get one item by name", "PS> Get-HelpSample -Name 20210347", ["Gets the item 20210347, open or not."]),
                new ExampleHelp("Example 2: 按会议列出建议", "PS> Get-HelpSample -Session 市七届人大一次会议 -IncludeClosed", ["列出该次会议的全部建议，包括已办结的。"]),
            ],
            help.Examples,
            ExampleComparer.Instance);
        Assert.Equal(("System.String[]", "The names, by property name."), (help.Inputs.Single().TypeName, help.Inputs.Single().Description.Single()));
        Assert.Equal("System.String", help.Outputs.Single().TypeName);
        Assert.Equal(["Sample notes."], help.Notes);
        Assert.Equal([new RelatedLink("Set-HelpSample", "")], help.Links);
    }

    [Fact]
    public void ASyntaxWithoutSetHeadingsIsOneSetForAllParameters()
    {
        var help = Parse("Set-HelpSample.md", SampleDocs.SetHelpSample);

        var set = Assert.Single(help.ParameterSets);
        Assert.Equal(ParameterSetSyntax.AllSets, set.Name);
        Assert.Equal(["Name", "Title", "WhatIf", "Confirm"], set.ParameterNames);
        Assert.Equal(["wi"], help.Parameters.Single(p => p.Name == "WhatIf").Primary.Aliases);
        Assert.Empty(help.Notes);
    }

    [Fact]
    public void PlatyPSsAllParameterSetsHeadingIsTheOneUnnamedSet()
    {
        var markdown = SampleDocs.SetHelpSample.Replace("## SYNTAX\n\n```", "## SYNTAX\n\n### __AllParameterSets\n```");

        var set = Assert.Single(Parse("Set-HelpSample.md", markdown).ParameterSets);

        Assert.Equal((ParameterSetSyntax.AllSets, true, 4), (set.Name, set.IsDefault, set.ParameterNames.Count));
    }

    [Fact]
    public void CodeBlocksRightUnderAnExampleHeadingAreItsCodeAndLaterOnesPartOfItsRemarks()
    {
        var markdown = SampleDocs.GetHelpSample.Replace(
            "```powershell\nPS> Get-HelpSample -Name 20210347\n```\n\nGets the item *20210347*, open or not.\n",
            "```powershell\nPS> $n = '20210347'\n```\n```powershell\nPS> Get-HelpSample -Name $n\n```\n\nGets the item:\n\n```\n20210347\n```\n");

        var example = Parse("Get-HelpSample.md", markdown).Examples[0];

        Assert.Equal("PS> $n = '20210347'\n\nPS> Get-HelpSample -Name $n", example.Code);
        Assert.Equal(["Gets the item:", "20210347"], example.Remarks);
    }

    [Fact]
    public void TheOnlineVersionComesFirstAmongTheLinks()
    {
        var markdown = SampleDocs.GetHelpSample.Replace("online version:\n", "online version: https://example.org/Get-HelpSample\n");

        Assert.Equal(new RelatedLink("Online Version:", "https://example.org/Get-HelpSample"), Parse("Get-HelpSample.md", markdown).Links[0]);
    }

    [Fact]
    public void AcceptedValuesAreRead()
    {
        var markdown = SampleDocs.GetHelpSample.Replace("Type: String\nParameter Sets: BySession\n", "Type: String\nParameter Sets: BySession\nAccepted values: 一次会议, 二次会议\n");

        Assert.Equal(["一次会议", "二次会议"], Parse("Get-HelpSample.md", markdown).Parameters.Single(p => p.Name == "Session").Primary.AcceptedValues);
    }

    private sealed class ExampleComparer : IEqualityComparer<ExampleHelp>
    {
        public static readonly ExampleComparer Instance = new();

        public bool Equals(ExampleHelp? x, ExampleHelp? y) =>
            x is not null && y is not null && x.Title == y.Title && x.Code == y.Code && x.Remarks.SequenceEqual(y.Remarks);

        public int GetHashCode(ExampleHelp obj) => obj.Title.GetHashCode(StringComparison.Ordinal);
    }
}
