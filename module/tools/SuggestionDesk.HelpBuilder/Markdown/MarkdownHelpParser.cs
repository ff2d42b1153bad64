using System.Text.RegularExpressions;
using SuggestionDesk.HelpBuilder.Model;

namespace SuggestionDesk.HelpBuilder.Markdown;

/// <summary>
/// Reads one cmdlet doc in platyPS's layout into a <see cref="CommandHelp"/>. It collects every problem of the doc
/// rather than stopping at the first, so one build run lists all there is to fix.
/// </summary>
public static partial class MarkdownHelpParser
{
    private const string Synopsis = "SYNOPSIS";
    private const string Syntax = "SYNTAX";
    private const string Description = "DESCRIPTION";
    private const string Examples = "EXAMPLES";
    private const string Parameters = "PARAMETERS";
    private const string Inputs = "INPUTS";
    private const string Outputs = "OUTPUTS";
    private const string Notes = "NOTES";
    private const string RelatedLinks = "RELATED LINKS";

    private static readonly string[] KnownSections =
        [Synopsis, Syntax, Description, Examples, Parameters, Inputs, Outputs, Notes, RelatedLinks];

    /// <summary>Reads the doc at <paramref name="path"/>; problems name its file name.</summary>
    public static HelpParseResult ParseFile(string path) => Parse(Path.GetFileName(path), File.ReadAllText(path));

    /// <summary>Reads <paramref name="markdown"/>; <paramref name="fileName"/> (e.g. <c>Get-Suggestion.md</c>) names it in problems.</summary>
    public static HelpParseResult Parse(string fileName, string markdown)
    {
        var problems = new List<string>();
        var document = MarkdownDocument.Parse(markdown);
        problems.AddRange(document.Problems);

        var name = Title(fileName, document, problems);
        var sections = Sections(document, problems);
        var section = (string title) => sections.GetValueOrDefault(title);

        var synopsis = RequiredText(section(Synopsis), Synopsis, $"a sentence saying what {name} does", problems);
        var description = RequiredText(section(Description), Description, "what the cmdlet does, when to use it and what it changes", problems);
        var sets = SectionReaders.ParameterSets(section(Syntax), problems);
        var parameters = SectionReaders.Parameters(section(Parameters), problems);
        var examples = SectionReaders.Examples(section(Examples), problems);
        var inputs = SectionReaders.Types(section(Inputs), problems);
        var outputs = SectionReaders.Types(section(Outputs), problems);
        var notes = section(Notes) is { } notesSection ? MarkdownText.Paragraphs(notesSection.Blocks) : [];
        var links = SectionReaders.Links(document.FrontMatter.GetValueOrDefault("online version", string.Empty), section(RelatedLinks));

        SyntaxConsistency.Check(sets, parameters, problems);

        var found = problems.Select(p => new HelpProblem(fileName, p)).ToList();
        var help = found.Count == 0
            ? new CommandHelp(name, synopsis, description, sets, parameters, examples, inputs, outputs, notes, links)
            : null;
        return new HelpParseResult(fileName, help, found);
    }

    private static string Title(string fileName, MarkdownDocument document, List<string> problems)
    {
        var expected = Path.GetFileNameWithoutExtension(fileName);
        var title = document.Blocks.OfType<HeadingBlock>().FirstOrDefault(h => h.Level == 1);
        if (title is null)
        {
            problems.Add($"no title: the doc must start with '# {expected}' after its front matter.");
            return expected;
        }

        if (!VerbNoun().IsMatch(title.Text))
        {
            problems.Add($"the title '# {title.Text}' (line {title.Line}) is not a cmdlet name of the form Verb-Noun.");
        }
        else if (!title.Text.Equals(expected, StringComparison.OrdinalIgnoreCase))
        {
            problems.Add($"the title '# {title.Text}' (line {title.Line}) does not match the file name: name the file {title.Text}.md.");
        }

        return title.Text;
    }

    private static Dictionary<string, DocSection> Sections(MarkdownDocument document, List<string> problems)
    {
        var sections = new Dictionary<string, DocSection>(StringComparer.OrdinalIgnoreCase);
        foreach (var section in DocSection.Split(document.Blocks, 2))
        {
            if (!KnownSections.Contains(section.Title, StringComparer.OrdinalIgnoreCase))
            {
                problems.Add($"'## {section.Title}' (line {section.Heading.Line}) is not a section of cmdlet help; the sections are {string.Join(", ", KnownSections)}.");
            }
            else if (!sections.TryAdd(section.Title, section))
            {
                problems.Add($"'## {section.Title}' appears twice (again on line {section.Heading.Line}); merge the two.");
            }
        }

        return sections;
    }

    private static IReadOnlyList<string> RequiredText(DocSection? section, string title, string what, List<string> problems)
    {
        if (section is null)
        {
            problems.Add($"no '## {title}' section: add one with {what}.");
            return [];
        }

        var paragraphs = MarkdownText.Paragraphs(section.Blocks);
        if (paragraphs.Count == 0)
        {
            problems.Add($"'## {title}' (line {section.Heading.Line}) is empty: write {what}.");
        }
        else if (paragraphs.Any(IsPlaceholder))
        {
            problems.Add($"'## {title}' (line {section.Heading.Line}) still has a '{{{{ ... }}}}' placeholder: write {what}.");
        }

        return paragraphs;
    }

    /// <summary>True for platyPS's template text, e.g. <c>{{ Fill in the Synopsis }}</c>, which is no help at all.</summary>
    internal static bool IsPlaceholder(string paragraph) => Placeholder().IsMatch(paragraph);

    [GeneratedRegex(@"^[A-Za-z]+-[A-Za-z0-9]+$")]
    private static partial Regex VerbNoun();

    [GeneratedRegex(@"\{\{.*\}\}", RegexOptions.Singleline)]
    private static partial Regex Placeholder();
}
