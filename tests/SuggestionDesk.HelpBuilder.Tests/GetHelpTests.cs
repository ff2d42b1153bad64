namespace SuggestionDesk.HelpBuilder.Tests;

/// <summary>Get-Help in a real PowerShell 7.6 reads the generated MAML for a binary module's cmdlets.</summary>
public sealed class GetHelpTests(GetHelpFixture powershell) : IClassFixture<GetHelpFixture>
{
    [Fact]
    public void FullHelpShowsSynopsisDescriptionAndEveryParameterDescription()
    {
        var help = powershell.Text("Get-Help Get-HelpSample -Full");

        Assert.Contains("Gets sample items by name or by session.", help);
        Assert.Contains("The Get-HelpSample cmdlet gets sample items. It is only a sample for the help builder's tests.", help);
        Assert.Contains("按会议查询建议时，使用 -Session 参数，例如市七届人大一次会议。", help);
        Assert.Contains("Also gets the items that are closed (办结).", help);
        Assert.Contains("The item numbers to get, such as 20210347.", help);
        Assert.Contains("The session (会议) whose items to get.", help);
    }

    [Fact]
    public void FullHelpShowsOneSyntaxLinePerParameterSetWithSwitchesWithoutAType()
    {
        var help = powershell.Text("Get-Help Get-HelpSample -Full");

        Assert.Contains("Get-HelpSample [-Name] <String[]> [-IncludeClosed] [<CommonParameters>]", help);
        Assert.Contains("Get-HelpSample [-Session] <String> [[-Name] <String[]>] [-IncludeClosed] [<CommonParameters>]", help);
    }

    [Fact]
    public void FullHelpShowsTheExampleCodeAndRemarks()
    {
        var help = powershell.Text("Get-Help Get-HelpSample -Full");

        Assert.Contains("Example 1: Get one item by name", help);
        Assert.Contains("PS> Get-HelpSample -Name 20210347", help);
        Assert.Contains("Gets the item 20210347, open or not.", help);
        Assert.Contains("PS> Get-HelpSample -Session 市七届人大一次会议 -IncludeClosed", help);
        Assert.Contains("列出该次会议的全部建议，包括已办结的。", help);
    }

    [Fact]
    public void EveryExampleIsAnExampleObject()
    {
        var count = powershell.Invoke("@((Get-Help Get-HelpSample).examples.example).Count").Single();
        var titles = powershell.Invoke("(Get-Help Get-HelpSample).examples.example.title").Select(t => t.ToString()).ToList();

        Assert.Equal(2, (int)count.BaseObject);
        Assert.Contains(titles, t => t.Contains("Example 2: 按会议列出建议", StringComparison.Ordinal));
    }

    [Fact]
    public void ExamplesViewShowsTheCodeWithoutTheParameters()
    {
        var help = powershell.Text("Get-Help Get-HelpSample -Examples");

        Assert.Contains("PS> Get-HelpSample -Name 20210347", help);
        Assert.DoesNotContain("The session (会议) whose items to get.", help);
    }

    [Fact]
    public void ParameterHelpGivesTheDescriptionAndTheFirstSetsUsage()
    {
        var help = powershell.Text("Get-Help Get-HelpSample -Parameter Name");

        Assert.Contains("The item numbers to get, such as 20210347.", help);
        Assert.Matches(@"Accept pipeline input\?\s+True \(ByPropertyName\)", help);
        Assert.Matches(@"Aliases\s+Id", help);
    }

    [Fact]
    public void DescriptionKeepsItsParagraphsAndListItemsApart()
    {
        // PowerShell ends every paragraph but the last with a newline, to print a blank line between them.
        var paragraphs = powershell.Invoke("(Get-Help Get-HelpSample).description.Text").Select(p => p.ToString().TrimEnd()).ToList();

        Assert.Equal(
            [
                "The Get-HelpSample cmdlet gets sample items. It is only a sample for the help builder's tests.",
                "按会议查询建议时，使用 -Session 参数，例如市七届人大一次会议。",
                "- Open items come first.",
                "- Closed items need -IncludeClosed.",
            ],
            paragraphs);
    }

    [Fact]
    public void ShouldProcessCmdletShowsWhatIfAndConfirm()
    {
        var help = powershell.Text("Get-Help Set-HelpSample -Full");

        Assert.Contains("Set-HelpSample [-Name] <String> [-Title <String>] [-WhatIf] [-Confirm] [<CommonParameters>]", help);
        Assert.Contains("Prompts you for confirmation before running the cmdlet.", help);
        Assert.Contains("Sets the title of a sample item.", help);
    }

    [Fact]
    public void RelatedLinkToAnotherDocShowsTheCmdletName()
    {
        var links = powershell.Invoke("(Get-Help Get-HelpSample).relatedLinks.navigationLink | ForEach-Object { $_.linkText + '|' + $_.uri }")
            .Select(l => l.ToString());

        Assert.Equal(["Set-HelpSample|"], links);
    }
}
