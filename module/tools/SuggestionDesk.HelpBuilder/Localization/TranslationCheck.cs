using SuggestionDesk.HelpBuilder.Model;

namespace SuggestionDesk.HelpBuilder.Localization;

/// <summary>
/// Compares a translation of the help with the reference language (en-US): the same cmdlets, parameters (with the
/// same yaml), parameter sets, examples with the same code, input and output types and links. Only the prose differs.
/// </summary>
public static class TranslationCheck
{
    /// <summary>Every difference, each naming the translated doc to fix (or the reference doc it lacks).</summary>
    /// <param name="reference">The help in the reference language.</param>
    /// <param name="translation">The help in another language.</param>
    /// <param name="referenceCulture">The reference language's name, for the messages.</param>
    /// <param name="unreadable">Docs (by cmdlet name) in either language that did not parse: their problems are already
    /// reported, so they are not called missing.</param>
    public static IReadOnlyList<HelpProblem> Compare(
        IReadOnlyList<CommandHelp> reference, IReadOnlyList<CommandHelp> translation, string referenceCulture, IReadOnlyCollection<string> unreadable)
    {
        var problems = new List<HelpProblem>();
        foreach (var source in reference)
        {
            var doc = translation.FirstOrDefault(d => d.Name.Equals(source.Name, StringComparison.OrdinalIgnoreCase));
            if (doc is null && !unreadable.Contains(source.Name, StringComparer.OrdinalIgnoreCase))
            {
                problems.Add(new($"{source.Name}.md", $"missing: {referenceCulture}/{source.Name}.md has no translation here; write {source.Name}.md."));
            }
            else if (doc is not null)
            {
                problems.AddRange(CompareOne(source, doc, referenceCulture).Select(m => new HelpProblem($"{doc.Name}.md", m)));
            }
        }

        foreach (var doc in translation.Where(d => !reference.Any(s => s.Name.Equals(d.Name, StringComparison.OrdinalIgnoreCase))
                     && !unreadable.Contains(d.Name, StringComparer.OrdinalIgnoreCase)))
        {
            problems.Add(new($"{doc.Name}.md", $"translates {doc.Name}, which {referenceCulture} does not document; write {referenceCulture}/{doc.Name}.md or delete this one."));
        }

        return problems;
    }

    private static IEnumerable<string> CompareOne(CommandHelp source, CommandHelp doc, string referenceCulture)
    {
        foreach (var message in CompareSyntax(source, doc, referenceCulture))
        {
            yield return message;
        }

        foreach (var parameter in source.Parameters)
        {
            var translated = doc.Parameters.FirstOrDefault(p => p.Name.Equals(parameter.Name, StringComparison.OrdinalIgnoreCase));
            if (translated is null)
            {
                yield return $"-{parameter.Name} is documented in {referenceCulture} but not here; add '### -{parameter.Name}' under PARAMETERS.";
            }
            else if (!SameUsages(parameter.Usages, translated.Usages))
            {
                yield return $"-{parameter.Name}: the yaml differs from {referenceCulture}'s; copy its yaml block(s) unchanged (only the description is translated).";
            }
        }

        foreach (var parameter in doc.Parameters.Where(p => !source.Parameters.Any(s => s.Name.Equals(p.Name, StringComparison.OrdinalIgnoreCase))))
        {
            yield return $"documents -{parameter.Name}, which {referenceCulture}'s doc does not; add it there or remove it here.";
        }

        if (source.Examples.Count != doc.Examples.Count)
        {
            yield return $"has {doc.Examples.Count} example(s) but {referenceCulture} has {source.Examples.Count}; translate each example, in the same order.";
        }

        for (var i = 0; i < Math.Min(source.Examples.Count, doc.Examples.Count); i++)
        {
            if (!SameCode(source.Examples[i].Code, doc.Examples[i].Code))
            {
                yield return $"the code of example {i + 1} ('{doc.Examples[i].Title}') differs from {referenceCulture}'s ('{source.Examples[i].Title}'); examples keep their code identical, only the explanation is translated.";
            }
        }

        foreach (var (section, sourceTypes, types) in new[] { ("INPUTS", source.Inputs, doc.Inputs), ("OUTPUTS", source.Outputs, doc.Outputs) })
        {
            var expected = sourceTypes.Select(t => t.TypeName).ToList();
            var actual = types.Select(t => t.TypeName).ToList();
            if (!expected.SequenceEqual(actual, StringComparer.Ordinal))
            {
                yield return $"{section} names {Show(actual)} but {referenceCulture} names {Show(expected)}; type names are not translated.";
            }
        }

        var sourceLinks = source.Links.Where(l => l.Uri.Length > 0).Select(l => l.Uri).ToList();
        var links = doc.Links.Where(l => l.Uri.Length > 0).Select(l => l.Uri).ToList();
        var sourceNames = source.Links.Where(l => l.Uri.Length == 0).Select(l => l.Text).ToList();
        var names = doc.Links.Where(l => l.Uri.Length == 0).Select(l => l.Text).ToList();
        if (!sourceLinks.SequenceEqual(links, StringComparer.Ordinal) || !sourceNames.SequenceEqual(names, StringComparer.OrdinalIgnoreCase))
        {
            yield return $"RELATED LINKS differ from {referenceCulture}'s ({Show(sourceNames.Concat(sourceLinks).ToList())}); link the same topics and addresses.";
        }
    }

    private static IEnumerable<string> CompareSyntax(CommandHelp source, CommandHelp doc, string referenceCulture)
    {
        var sourceSets = source.ParameterSets.Select(s => $"{s.Name}{(s.IsDefault ? " (Default)" : "")}: {string.Join(' ', s.ParameterNames)}");
        var sets = doc.ParameterSets.Select(s => $"{s.Name}{(s.IsDefault ? " (Default)" : "")}: {string.Join(' ', s.ParameterNames)}");
        if (!sourceSets.SequenceEqual(sets, StringComparer.OrdinalIgnoreCase))
        {
            yield return $"SYNTAX differs from {referenceCulture}'s; copy its SYNTAX section unchanged.";
        }
    }

    private static bool SameUsages(IReadOnlyList<ParameterUsage> expected, IReadOnlyList<ParameterUsage> actual) =>
        expected.Count == actual.Count && expected.Zip(actual).All(pair => SameUsage(pair.First, pair.Second));

    private static bool SameUsage(ParameterUsage a, ParameterUsage b) =>
        a.Type == b.Type
        && a.ParameterSets.SequenceEqual(b.ParameterSets, StringComparer.Ordinal)
        && a.Aliases.SequenceEqual(b.Aliases, StringComparer.Ordinal)
        && a.Required == b.Required
        && a.Position == b.Position
        && a.DefaultValue == b.DefaultValue
        && a.PipelineInput == b.PipelineInput
        && a.Globbing == b.Globbing
        && a.AcceptedValues.SequenceEqual(b.AcceptedValues, StringComparer.Ordinal);

    // Line endings aside, character for character: a translated comment or output in the code is a difference too.
    private static bool SameCode(string a, string b) =>
        string.Equals(a.ReplaceLineEndings("\n").TrimEnd(), b.ReplaceLineEndings("\n").TrimEnd(), StringComparison.Ordinal);

    private static string Show(IReadOnlyList<string> names) => names.Count == 0 ? "none" : string.Join(", ", names);
}
