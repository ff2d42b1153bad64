namespace SuggestionDesk.HelpBuilder.Model;

/// <summary>The help of one cmdlet, as read from its markdown and written to MAML.</summary>
/// <param name="Name">Verb-Noun, e.g. <c>Get-Suggestion</c>.</param>
/// <param name="Synopsis">Plain-text paragraphs of the SYNOPSIS (usually one sentence).</param>
/// <param name="Description">Plain-text paragraphs of the DESCRIPTION.</param>
/// <param name="ParameterSets">The sets of the SYNTAX section, in document order; one unnamed set when the cmdlet has none.</param>
/// <param name="Parameters">The documented parameters, in document order (common parameters excluded).</param>
/// <param name="Examples">At least one example.</param>
/// <param name="Inputs">Types accepted from the pipeline.</param>
/// <param name="Outputs">Types written to the pipeline.</param>
/// <param name="Notes">Plain-text paragraphs of NOTES, possibly none.</param>
/// <param name="Links">RELATED LINKS, the online version first when the front matter names one.</param>
public sealed record CommandHelp(
    string Name,
    IReadOnlyList<string> Synopsis,
    IReadOnlyList<string> Description,
    IReadOnlyList<ParameterSetSyntax> ParameterSets,
    IReadOnlyList<ParameterHelp> Parameters,
    IReadOnlyList<ExampleHelp> Examples,
    IReadOnlyList<TypeHelp> Inputs,
    IReadOnlyList<TypeHelp> Outputs,
    IReadOnlyList<string> Notes,
    IReadOnlyList<RelatedLink> Links)
{
    /// <summary>The part before the first hyphen (<c>Get</c>).</summary>
    public string Verb => Name.Split('-', 2)[0];

    /// <summary>The part after the first hyphen (<c>Suggestion</c>).</summary>
    public string Noun => Name.Split('-', 2) is [_, var noun] ? noun : string.Empty;

    /// <summary>The parameters of <paramref name="set"/>, in the order its syntax line names them.</summary>
    public IEnumerable<(ParameterHelp Parameter, ParameterUsage Usage)> ParametersOf(ParameterSetSyntax set) =>
        Parameters
            .Select(p => (Parameter: p, Usage: p.UsageIn(set.Name)))
            .Where(x => x.Usage is not null)
            .OrderBy(x => set.IndexOf(x.Parameter.Name))
            .Select(x => (x.Parameter, x.Usage!));
}
