namespace SuggestionDesk.HelpBuilder.Model;

/// <summary>One documented parameter: its description and one usage per yaml block.</summary>
/// <param name="Name">Without the hyphen, e.g. <c>Number</c>.</param>
/// <param name="Description">Plain-text paragraphs.</param>
/// <param name="Usages">One per yaml block; a parameter that differs between sets (mandatory in one, optional in
/// another) has one block per difference, as platyPS writes it.</param>
public sealed record ParameterHelp(string Name, IReadOnlyList<string> Description, IReadOnlyList<ParameterUsage> Usages)
{
    /// <summary>The first usage: what the PARAMETERS list of <c>Get-Help</c> shows.</summary>
    public ParameterUsage Primary => Usages[0];

    /// <summary>The usage that covers <paramref name="setName"/>, or null when the parameter is not in that set.</summary>
    public ParameterUsage? UsageIn(string setName) => Usages.FirstOrDefault(u => u.Covers(setName));
}
