using System.Text.RegularExpressions;
using SuggestionDesk.HelpBuilder.Model;

namespace SuggestionDesk.HelpBuilder.Markdown;

/// <summary>Reads the list-like sections (SYNTAX, PARAMETERS, EXAMPLES, INPUTS/OUTPUTS, RELATED LINKS), one <c>###</c> per item.</summary>
internal static partial class SectionReaders
{
    private const string DefaultMarker = "(Default)";

    public static IReadOnlyList<ParameterSetSyntax> ParameterSets(DocSection? section, List<string> problems)
    {
        if (section is null)
        {
            problems.Add("no '## SYNTAX' section: add '### <SetName>' and a code block with its syntax line for each parameter set (Get-Command <name> -Syntax shows them).");
            return [];
        }

        if (section.Parts.Count == 0)
        {
            // A cmdlet without named sets may give its one syntax line straight under '## SYNTAX'.
            if (section.Lead.OfType<FenceBlock>().FirstOrDefault() is { } fence)
            {
                return [new ParameterSetSyntax(ParameterSetSyntax.AllSets, true, NamesIn(fence.Code))];
            }

            problems.Add($"'## SYNTAX' (line {section.Heading.Line}) has no code block with the syntax line.");
            return [];
        }

        Unheaded(section, "'### <SetName>'", problems);
        var sets = new List<ParameterSetSyntax>();
        foreach (var part in section.Parts)
        {
            var isDefault = part.Title.EndsWith(DefaultMarker, StringComparison.OrdinalIgnoreCase);
            var name = isDefault ? part.Title[..^DefaultMarker.Length].Trim() : part.Title;
            if (part.Blocks.OfType<FenceBlock>().FirstOrDefault() is not { } fence)
            {
                problems.Add($"'### {part.Title}' under SYNTAX (line {part.Heading.Line}) has no code block with its syntax line.");
            }
            else if (sets.Any(s => s.Name.Equals(name, StringComparison.OrdinalIgnoreCase)))
            {
                problems.Add($"the parameter set '{name}' is under SYNTAX twice (again on line {part.Heading.Line}).");
            }
            else
            {
                sets.Add(new ParameterSetSyntax(name, isDefault || section.Parts.Count == 1, NamesIn(fence.Code)));
            }
        }

        if (sets.Count(s => s.IsDefault) > 1)
        {
            problems.Add($"more than one set under SYNTAX is marked {DefaultMarker}: {string.Join(", ", sets.Where(s => s.IsDefault).Select(s => s.Name))}; keep it on the cmdlet's DefaultParameterSetName.");
        }

        return sets;
    }

    public static IReadOnlyList<ParameterHelp> Parameters(DocSection? section, List<string> problems)
    {
        var parameters = new List<ParameterHelp>();
        Unheaded(section, "'### -Name'", problems);
        foreach (var part in section?.Parts ?? [])
        {
            if (part.Title is "CommonParameters" or "WorkflowCommonParameters")
            {
                continue;
            }

            if (!ParameterHeading().IsMatch(part.Title))
            {
                problems.Add($"'### {part.Title}' under PARAMETERS (line {part.Heading.Line}) must be '### -Name' or '### CommonParameters'.");
                continue;
            }

            var name = part.Title[1..];
            var where = $"-{name} (line {part.Heading.Line})";
            var isYaml = (MarkdownBlock b) => b is FenceBlock { Info: var info } && info.Equals("yaml", StringComparison.OrdinalIgnoreCase);
            var description = MarkdownText.Paragraphs(part.Blocks.Where(b => !isYaml(b)));
            var yamlBlocks = part.Blocks.Where(isYaml).Cast<FenceBlock>().ToList();
            if (description.Count == 0)
            {
                problems.Add($"{where} has no description: say what it means above its ```yaml block.");
            }
            else if (description.Any(MarkdownHelpParser.IsPlaceholder))
            {
                problems.Add($"{where} still has a '{{{{ ... }}}}' placeholder in its description.");
            }

            if (yamlBlocks.Count == 0)
            {
                problems.Add($"{where} has no ```yaml block: add one with Type, Parameter Sets, Aliases, Required, Position, Default value, Accept pipeline input and Accept wildcard characters.");
            }

            var usages = yamlBlocks.Select(y => ParameterYaml.Parse(y.Code, where, problems)).OfType<ParameterUsage>().ToList();
            if (parameters.Any(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase)))
            {
                problems.Add($"-{name} is documented twice (again on line {part.Heading.Line}); give it one '### -{name}' with one yaml block per set where it differs.");
            }
            else
            {
                // Kept even when incomplete, so the syntax checks do not also call it undocumented.
                parameters.Add(new ParameterHelp(name, description, usages));
            }
        }

        return parameters;
    }

    public static IReadOnlyList<ExampleHelp> Examples(DocSection? section, List<string> problems)
    {
        if (section is null || section.Parts.Count == 0)
        {
            problems.Add("no example: add '## EXAMPLES' with '### Example 1: <what it shows>', a ```powershell block and a sentence explaining it.");
            return [];
        }

        Unheaded(section, "'### Example N: <what it shows>'", problems);
        var examples = new List<ExampleHelp>();
        foreach (var part in section.Parts)
        {
            // The fenced blocks right under the heading are the code; what follows explains it (and may quote output).
            var code = part.Blocks.TakeWhile(b => b is FenceBlock).Cast<FenceBlock>().Select(f => f.Code).ToList();
            var remarks = MarkdownText.Paragraphs(part.Blocks.SkipWhile(b => b is FenceBlock));
            var where = $"the example '### {part.Title}' (line {part.Heading.Line})";
            if (code.Count == 0 || code.All(string.IsNullOrWhiteSpace))
            {
                problems.Add($"{where} has no code: put the commands in a ```powershell block right under its heading.");
            }

            if (remarks.Count == 0)
            {
                problems.Add($"{where} has no text explaining it: say below the code what it does and what it shows.");
            }
            else if (remarks.Any(MarkdownHelpParser.IsPlaceholder) || code.Any(MarkdownHelpParser.IsPlaceholder))
            {
                problems.Add($"{where} still has a '{{{{ ... }}}}' placeholder.");
            }

            examples.Add(new ExampleHelp(MarkdownText.Inline(part.Title), string.Join("\n\n", code), remarks));
        }

        return examples;
    }

    public static IReadOnlyList<TypeHelp> Types(DocSection? section, List<string> problems)
    {
        Unheaded(section, "'### <Type name>' (or '### None')", problems);
        return (section?.Parts ?? [])
            .Select(p => new TypeHelp(MarkdownText.Inline(p.Title), MarkdownText.Paragraphs(p.Blocks)))
            .ToList();
    }

    public static IReadOnlyList<RelatedLink> Links(string onlineVersion, DocSection? section)
    {
        var links = new List<RelatedLink>();
        if (onlineVersion.Length > 0)
        {
            links.Add(new RelatedLink("Online Version:", onlineVersion));
        }

        var lines = (section?.Blocks ?? []).OfType<TextBlock>().SelectMany(t => t.Lines).Where(l => l.Trim().Length > 0);
        foreach (var line in lines)
        {
            var matches = Link().Matches(line);
            if (matches.Count == 0)
            {
                links.Add(new RelatedLink(MarkdownText.Paragraph([line]).TrimStart('-', ' '), string.Empty));
            }

            links.AddRange(matches.Select(m => new RelatedLink(m.Groups["text"].Value.Trim(), MarkdownText.WebAddress(m.Groups["url"].Value.Trim()))));
        }

        return links;
    }

    /// <summary>
    /// In a section made of '###' items, anything before the first item belongs to none and would be dropped
    /// silently (an example written without its heading, say), so it is a problem.
    /// </summary>
    private static void Unheaded(DocSection? section, string heading, List<string> problems)
    {
        if (section?.Lead.FirstOrDefault() is { } stray)
        {
            problems.Add($"'## {section.Title}' has text or code on line {stray.Line} before any {heading} heading; it would be lost, so put it under one.");
        }
    }

    private static IReadOnlyList<string> NamesIn(string syntaxLine) =>
        SyntaxParameter().Matches(syntaxLine).Select(m => m.Groups["name"].Value).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    // "-Name" after a space or '[': the command name's own hyphen (Get-Suggestion) follows a letter, so it is skipped.
    [GeneratedRegex(@"(?<=[\s\[])-(?<name>[A-Za-z][A-Za-z0-9_]*)")]
    private static partial Regex SyntaxParameter();

    [GeneratedRegex(@"^-[A-Za-z][A-Za-z0-9_]*$")]
    private static partial Regex ParameterHeading();

    [GeneratedRegex(@"\[(?<text>[^\]]+)\]\((?<url>[^)]*)\)")]
    private static partial Regex Link();
}
