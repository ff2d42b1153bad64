using SuggestionDesk.HelpBuilder.Model;

namespace SuggestionDesk.HelpBuilder.Coverage;

/// <summary>
/// Compares the docs with the cmdlets the module really has: a cmdlet without a doc, a doc for no cmdlet, a
/// parameter documented but absent or present but undocumented, and sets, Required and Position that disagree.
/// </summary>
public static class CoverageCheck
{
    private static readonly string[] ShouldProcessParameters = ["WhatIf", "Confirm"];

    /// <summary>Every disagreement, each naming the doc file to fix.</summary>
    public static IReadOnlyList<HelpProblem> Compare(IReadOnlyList<CommandHelp> docs, IReadOnlyList<CmdletDefinition> cmdlets)
    {
        var problems = new List<HelpProblem>();
        foreach (var cmdlet in cmdlets)
        {
            var doc = docs.FirstOrDefault(d => d.Name.Equals(cmdlet.Name, StringComparison.OrdinalIgnoreCase));
            if (doc is null)
            {
                problems.Add(new($"{cmdlet.Name}.md", $"missing: the module has the cmdlet {cmdlet.Name} ({cmdlet.TypeName}) but no doc for it; write {cmdlet.Name}.md."));
            }
            else
            {
                problems.AddRange(CompareOne(doc, cmdlet).Select(m => new HelpProblem($"{doc.Name}.md", m)));
            }
        }

        foreach (var doc in docs.Where(d => !cmdlets.Any(c => c.Name.Equals(d.Name, StringComparison.OrdinalIgnoreCase))))
        {
            problems.Add(new($"{doc.Name}.md", $"documents {doc.Name}, which the module does not have; rename the doc to the cmdlet's name or delete it."));
        }

        return problems;
    }

    private static IEnumerable<string> CompareOne(CommandHelp doc, CmdletDefinition cmdlet)
    {
        var expected = cmdlet.Parameters.Select(p => p.Name)
            .Concat(cmdlet.SupportsShouldProcess ? ShouldProcessParameters : [])
            .ToList();
        foreach (var documented in doc.Parameters.Where(p => !expected.Contains(p.Name, StringComparer.OrdinalIgnoreCase)))
        {
            yield return $"documents -{documented.Name}, which {cmdlet.Name} does not have; remove it or correct its name.";
        }

        foreach (var name in expected.Where(n => !doc.Parameters.Any(p => p.Name.Equals(n, StringComparison.OrdinalIgnoreCase))))
        {
            yield return $"-{name} of {cmdlet.Name} is not documented; add '### -{name}' under PARAMETERS.";
        }

        var realSets = cmdlet.Parameters.SelectMany(p => p.Bindings).Select(b => b.SetName)
            .Where(s => s != ParameterSetSyntax.AllSets).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        foreach (var message in CompareSets(doc, cmdlet, realSets))
        {
            yield return message;
        }

        foreach (var parameter in cmdlet.Parameters)
        {
            var documented = doc.Parameters.FirstOrDefault(p => p.Name.Equals(parameter.Name, StringComparison.OrdinalIgnoreCase));
            if (documented is null)
            {
                continue;
            }

            if (documented.Usages.Any(u => u.IsSwitch) != parameter.IsSwitch)
            {
                yield return $"-{parameter.Name} is a {parameter.Type} but its yaml says 'Type: {documented.Primary.Type}'.";
            }

            foreach (var set in doc.ParameterSets)
            {
                // A binding without a set name applies to every set; with one set only, that set is the cmdlet's only set.
                var binding = parameter.Bindings.FirstOrDefault(b => b.SetName.Equals(set.Name, StringComparison.OrdinalIgnoreCase))
                    ?? parameter.Bindings.FirstOrDefault(b => b.SetName == ParameterSetSyntax.AllSets || realSets.Count == 0);
                var usage = documented.UsageIn(set.Name);
                var inSet = set.Name == ParameterSetSyntax.AllSets ? string.Empty : $" in '{set.Name}'";
                if (binding is null && usage is not null)
                {
                    yield return $"-{parameter.Name} is documented{inSet}, but the cmdlet does not have it there; correct 'Parameter Sets'.";
                }
                else if (binding is not null && usage is null)
                {
                    yield return $"-{parameter.Name} is in '{set.Name}' in the cmdlet, but its yaml 'Parameter Sets' leaves that set out.";
                }
                else if (binding is not null && usage is not null)
                {
                    if (binding.Mandatory != usage.Required)
                    {
                        yield return $"-{parameter.Name}{inSet}: the cmdlet has Mandatory={binding.Mandatory} but the yaml says 'Required: {usage.Required}'.";
                    }

                    if (binding.Position != usage.Position)
                    {
                        yield return $"-{parameter.Name}{inSet}: the cmdlet has position {Show(binding.Position)} but the yaml says 'Position: {Show(usage.Position)}'.";
                    }
                }
            }
        }
    }

    private static IEnumerable<string> CompareSets(CommandHelp doc, CmdletDefinition cmdlet, List<string> realSets)
    {
        var docSets = doc.ParameterSets.Select(s => s.Name).ToList();
        if (realSets.Count == 0)
        {
            if (docSets.Count > 1)
            {
                yield return $"SYNTAX has {docSets.Count} parameter sets, but {cmdlet.Name} has one; keep one syntax line.";
            }

            yield break;
        }

        foreach (var missing in realSets.Where(s => !docSets.Contains(s, StringComparer.OrdinalIgnoreCase)))
        {
            yield return $"the parameter set '{missing}' of {cmdlet.Name} has no '### {missing}' under SYNTAX.";
        }

        foreach (var extra in docSets.Where(s => !realSets.Contains(s, StringComparer.OrdinalIgnoreCase)))
        {
            yield return $"SYNTAX has the set '{extra}', which {cmdlet.Name} does not have; its sets are {string.Join(", ", realSets)}.";
        }

        var docDefault = doc.ParameterSets.FirstOrDefault(s => s.IsDefault)?.Name;
        if (cmdlet.DefaultParameterSetName is { } realDefault && docSets.Count > 1
            && !realDefault.Equals(docDefault, StringComparison.OrdinalIgnoreCase))
        {
            yield return $"the default parameter set of {cmdlet.Name} is '{realDefault}'; mark '### {realDefault} (Default)' under SYNTAX.";
        }
    }

    private static string Show(int? position) => position?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "Named";
}
