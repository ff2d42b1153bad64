using SuggestionDesk.HelpBuilder.Model;

namespace SuggestionDesk.HelpBuilder.Markdown;

/// <summary>
/// The SYNTAX lines and the yaml <c>Parameter Sets</c> say the same thing twice; MAML needs both, so a doc where they
/// disagree would show one syntax and document another. Each disagreement is a problem.
/// </summary>
internal static class SyntaxConsistency
{
    public static void Check(IReadOnlyList<ParameterSetSyntax> sets, IReadOnlyList<ParameterHelp> parameters, List<string> problems)
    {
        if (sets.Count == 0)
        {
            return;
        }

        var setNames = string.Join(", ", sets.Select(s => s.Name));
        foreach (var parameter in parameters)
        {
            foreach (var named in parameter.Usages.SelectMany(u => u.ParameterSets))
            {
                if (!sets.Any(s => s.Name.Equals(named, StringComparison.OrdinalIgnoreCase)))
                {
                    problems.Add(sets is [{ Name: ParameterSetSyntax.AllSets }]
                        ? $"-{parameter.Name}: 'Parameter Sets: {named}' names a set, but SYNTAX has one unnamed set; write 'Parameter Sets: (All)'."
                        : $"-{parameter.Name}: 'Parameter Sets' names '{named}', which SYNTAX does not have; the sets are {setNames}.");
                }
            }
        }

        foreach (var set in sets)
        {
            var inSet = Describe(set);
            foreach (var name in set.ParameterNames)
            {
                var parameter = parameters.FirstOrDefault(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
                if (parameter is null)
                {
                    problems.Add($"the syntax {inSet} names -{name}, which PARAMETERS does not document: add '### -{name}'.");
                }
                else if (parameter.Usages.Count > 0 && parameter.UsageIn(set.Name) is null)
                {
                    problems.Add($"the syntax {inSet} names -{name}, but its yaml 'Parameter Sets' does not include '{set.Name}'.");
                }
            }

            foreach (var parameter in parameters)
            {
                var usages = parameter.Usages.Count(u => u.Covers(set.Name));
                if (usages > 1)
                {
                    problems.Add($"-{parameter.Name} has {usages} yaml blocks for '{set.Name}'; give each set one block.");
                }

                if (usages > 0 && set.IndexOf(parameter.Name) == int.MaxValue)
                {
                    problems.Add($"-{parameter.Name} is in '{set.Name}' by its yaml, but the syntax {inSet} does not show it; add it there or correct 'Parameter Sets'.");
                }
            }
        }
    }

    private static string Describe(ParameterSetSyntax set) =>
        set.Name == ParameterSetSyntax.AllSets ? "line" : $"of '{set.Name}'";
}
