using System.Text;
using System.Xml;
using System.Xml.Linq;
using SuggestionDesk.HelpBuilder.Model;

namespace SuggestionDesk.HelpBuilder.Maml;

/// <summary>
/// Writes <see cref="CommandHelp"/> as MAML, the XML <c>Get-Help</c> reads from <c>&lt;Assembly&gt;.dll-Help.xml</c>
/// beside a binary module. The element layout follows the help files PowerShell ships and platyPS writes.
/// </summary>
public static class MamlWriter
{
    private static readonly XNamespace Msh = "http://msh";
    private static readonly XNamespace Maml = "http://schemas.microsoft.com/maml/2004/10";
    private static readonly XNamespace Command = "http://schemas.microsoft.com/maml/dev/command/2004/10";
    private static readonly XNamespace Dev = "http://schemas.microsoft.com/maml/dev/2004/10";
    private static readonly XNamespace MsHelp = "http://msdn.microsoft.com/mshelp";

    /// <summary>The whole help file, commands in name order so the output only changes when a doc does.</summary>
    public static XDocument ToDocument(IEnumerable<CommandHelp> commands) =>
        new(
            new XDeclaration("1.0", "utf-8", null),
            new XElement(Msh + "helpItems",
                new XAttribute("schema", "maml"),
                new XAttribute(XNamespace.Xmlns + "maml", Maml),
                new XAttribute(XNamespace.Xmlns + "command", Command),
                new XAttribute(XNamespace.Xmlns + "dev", Dev),
                new XAttribute(XNamespace.Xmlns + "MSHelp", MsHelp),
                commands.OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase).Select(ToElement)));

    /// <summary>Writes the help file as UTF-8 (Chinese text stays readable in the file), replacing any old one.</summary>
    public static void Write(IEnumerable<CommandHelp> commands, string path)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var writer = XmlWriter.Create(path, settings);
        ToDocument(commands).Save(writer);
    }

    /// <summary>One <c>command:command</c> element.</summary>
    public static XElement ToElement(CommandHelp help) =>
        new(Command + "command",
            new XElement(Command + "details",
                new XElement(Command + "name", help.Name),
                new XElement(Command + "verb", help.Verb),
                new XElement(Command + "noun", help.Noun),
                Description(help.Synopsis)),
            Description(help.Description),
            new XElement(Command + "syntax",
                help.ParameterSets.Select(set => new XElement(Command + "syntaxItem",
                    new XElement(Maml + "name", help.Name),
                    help.ParametersOf(set).Select(x => Parameter(x.Parameter, x.Usage, inSyntax: true))))),
            new XElement(Command + "parameters",
                help.Parameters.Select(p => Parameter(p, p.Primary, inSyntax: false))),
            new XElement(Command + "inputTypes", help.Inputs.Select(t => TypeElement("inputType", t))),
            new XElement(Command + "returnValues", help.Outputs.Select(t => TypeElement("returnValue", t))),
            help.Notes.Count == 0 ? null : new XElement(Maml + "alertSet", new XElement(Maml + "alert", Paras(help.Notes))),
            new XElement(Command + "examples", help.Examples.Select(Example)),
            new XElement(Command + "relatedLinks", help.Links.Select(Link)));

    private static XElement Parameter(ParameterHelp parameter, ParameterUsage usage, bool inSyntax) =>
        new(Command + "parameter",
            new XAttribute("required", Lower(usage.Required)),
            new XAttribute("variableLength", Lower(usage.IsArray)),
            new XAttribute("globbing", Lower(usage.Globbing)),
            new XAttribute("pipelineInput", usage.PipelineInput),
            new XAttribute("position", usage.Position?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "named"),
            new XAttribute("aliases", usage.Aliases.Count == 0 ? "none" : string.Join(", ", usage.Aliases)),
            new XElement(Maml + "name", parameter.Name),
            Description(parameter.Description),
            inSyntax && usage.AcceptedValues.Count > 0
                ? new XElement(Command + "parameterValueGroup", usage.AcceptedValues.Select(v =>
                    new XElement(Command + "parameterValue", new XAttribute("required", "false"), new XAttribute("variableLength", "false"), v)))
                : null,
            // In a syntax line a switch shows no value: "[-Force]", not "[-Force <SwitchParameter>]".
            inSyntax && usage.IsSwitch
                ? null
                : new XElement(Command + "parameterValue",
                    new XAttribute("required", Lower(!usage.IsSwitch)),
                    new XAttribute("variableLength", Lower(usage.IsArray)),
                    usage.Type),
            new XElement(Dev + "type", new XElement(Maml + "name", usage.Type), new XElement(Maml + "uri")),
            new XElement(Dev + "defaultValue", usage.DefaultValue));

    private static XElement TypeElement(string element, TypeHelp type) =>
        new(Command + element,
            new XElement(Dev + "type", new XElement(Maml + "name", type.TypeName)),
            Description(type.Description));

    private static XElement Example(ExampleHelp example) =>
        new(Command + "example",
            // Dashes as in PowerShell's own help: the title is the only separator between examples on the console.
            new XElement(Maml + "title", $"---------- {example.Title} ----------"),
            new XElement(Dev + "code", example.Code),
            new XElement(Dev + "remarks", Paras(example.Remarks)));

    private static XElement Link(RelatedLink link) =>
        new(Maml + "navigationLink",
            new XElement(Maml + "linkText", link.Text),
            new XElement(Maml + "uri", link.Uri));

    private static XElement Description(IReadOnlyList<string> paragraphs) =>
        new(Maml + "description", Paras(paragraphs));

    private static IEnumerable<XElement> Paras(IReadOnlyList<string> paragraphs) =>
        paragraphs.Select(p => new XElement(Maml + "para", p));

    private static string Lower(bool value) => value ? "true" : "false";
}
