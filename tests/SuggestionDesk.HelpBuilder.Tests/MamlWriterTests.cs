using System.Xml.Linq;
using SuggestionDesk.HelpBuilder.Maml;
using SuggestionDesk.HelpBuilder.Markdown;

namespace SuggestionDesk.HelpBuilder.Tests;

/// <summary>The MAML has the shape PowerShell's help files have.</summary>
public sealed class MamlWriterTests
{
    private static readonly XNamespace Maml = "http://schemas.microsoft.com/maml/2004/10";
    private static readonly XNamespace Command = "http://schemas.microsoft.com/maml/dev/command/2004/10";
    private static readonly XNamespace Dev = "http://schemas.microsoft.com/maml/dev/2004/10";

    private static CommandHelp Help(string file, string markdown) => MarkdownHelpParser.Parse(file, markdown).Help!;

    private static XDocument Document(string? getHelpSample = null) => MamlWriter.ToDocument(
    [
        Help("Set-HelpSample.md", SampleDocs.SetHelpSample),
        Help("Get-HelpSample.md", getHelpSample ?? SampleDocs.GetHelpSample),
    ]);

    private static XElement CommandNamed(XDocument document, string name) =>
        document.Root!.Elements(Command + "command").Single(c => c.Element(Command + "details")!.Element(Command + "name")!.Value == name);

    private static XElement SyntaxParameter(XDocument document, int set, string name) =>
        CommandNamed(document, "Get-HelpSample").Element(Command + "syntax")!.Elements(Command + "syntaxItem").ElementAt(set)
            .Elements(Command + "parameter").Single(p => p.Element(Maml + "name")!.Value == name);

    [Fact]
    public void TheRootIsMamlHelpItemsWithOneCommandPerDocInNameOrder()
    {
        var document = Document();

        Assert.Equal(("helpItems", "maml"), (document.Root!.Name.LocalName, document.Root.Attribute("schema")!.Value));
        Assert.Equal(
            ["Get-HelpSample", "Set-HelpSample"],
            document.Root.Elements(Command + "command").Select(c => c.Element(Command + "details")!.Element(Command + "name")!.Value));
    }

    [Fact]
    public void DetailsCarryVerbNounAndSynopsis()
    {
        var details = CommandNamed(Document(), "Get-HelpSample").Element(Command + "details")!;

        Assert.Equal("Get", details.Element(Command + "verb")!.Value);
        Assert.Equal("HelpSample", details.Element(Command + "noun")!.Value);
        Assert.Equal("Gets sample items by name or by session.", details.Element(Maml + "description")!.Element(Maml + "para")!.Value);
    }

    [Fact]
    public void EachSyntaxItemGivesTheParameterAsItIsInThatSet()
    {
        var document = Document();
        var inByName = SyntaxParameter(document, 0, "Name");
        var inBySession = SyntaxParameter(document, 1, "Name");

        Assert.Equal(("true", "0", "True (ByPropertyName)"), (inByName.Attribute("required")!.Value, inByName.Attribute("position")!.Value, inByName.Attribute("pipelineInput")!.Value));
        Assert.Equal(("false", "1", "False"), (inBySession.Attribute("required")!.Value, inBySession.Attribute("position")!.Value, inBySession.Attribute("pipelineInput")!.Value));
        Assert.Equal(("true", "Id"), (inByName.Attribute("variableLength")!.Value, inByName.Attribute("aliases")!.Value));
    }

    [Fact]
    public void ASwitchHasNoValueInTheSyntaxButHasItsTypeInTheParameterList()
    {
        var document = Document();
        var inSyntax = SyntaxParameter(document, 0, "IncludeClosed");
        var inList = CommandNamed(document, "Get-HelpSample").Element(Command + "parameters")!.Elements(Command + "parameter")
            .Single(p => p.Element(Maml + "name")!.Value == "IncludeClosed");

        Assert.Null(inSyntax.Element(Command + "parameterValue"));
        Assert.Equal("SwitchParameter", inSyntax.Element(Dev + "type")!.Element(Maml + "name")!.Value);
        Assert.Equal(("false", "SwitchParameter"), (inList.Element(Command + "parameterValue")!.Attribute("required")!.Value, inList.Element(Command + "parameterValue")!.Value));
        Assert.Equal("named", inList.Attribute("position")!.Value);
    }

    [Fact]
    public void AcceptedValuesBecomeTheSyntaxValueGroup()
    {
        var document = Document(SampleDocs.GetHelpSample.Replace("Type: String\nParameter Sets: BySession\n", "Type: String\nParameter Sets: BySession\nAccepted values: 一次会议, 二次会议\n"));

        var group = SyntaxParameter(document, 1, "Session").Element(Command + "parameterValueGroup")!;

        Assert.Equal(["一次会议", "二次会议"], group.Elements(Command + "parameterValue").Select(v => v.Value));
    }

    [Fact]
    public void ExamplesHaveATitleCodeAndRemarkParagraphs()
    {
        var example = CommandNamed(Document(), "Get-HelpSample").Element(Command + "examples")!.Elements(Command + "example").Last();

        Assert.Equal("---------- Example 2: 按会议列出建议 ----------", example.Element(Maml + "title")!.Value);
        Assert.Equal("PS> Get-HelpSample -Session 市七届人大一次会议 -IncludeClosed", example.Element(Dev + "code")!.Value);
        Assert.Equal(["列出该次会议的全部建议，包括已办结的。"], example.Element(Dev + "remarks")!.Elements(Maml + "para").Select(p => p.Value));
    }

    [Fact]
    public void InputsOutputsAndNotesAreWrittenAndEmptyNotesLeftOut()
    {
        var document = Document();
        var get = CommandNamed(document, "Get-HelpSample");

        Assert.Equal("System.String[]", get.Element(Command + "inputTypes")!.Element(Command + "inputType")!.Element(Dev + "type")!.Element(Maml + "name")!.Value);
        Assert.Equal("System.String", get.Element(Command + "returnValues")!.Element(Command + "returnValue")!.Element(Dev + "type")!.Element(Maml + "name")!.Value);
        Assert.Equal("Sample notes.", get.Element(Maml + "alertSet")!.Element(Maml + "alert")!.Element(Maml + "para")!.Value);
        Assert.Null(CommandNamed(document, "Set-HelpSample").Element(Maml + "alertSet"));
    }

    [Fact]
    public void TheFileIsUtf8WithChineseTextAsWritten()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "out", "Sample.dll-Help.xml");

        MamlWriter.Write([Help("Get-HelpSample.md", SampleDocs.GetHelpSample)], path);

        var bytes = File.ReadAllBytes(path);
        Assert.NotEqual(0xEF, bytes[0]);
        Assert.Contains("按会议查询建议时，使用 -Session 参数，例如市七届人大一次会议。", System.Text.Encoding.UTF8.GetString(bytes));
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", System.Text.Encoding.UTF8.GetString(bytes));
    }
}
