namespace SuggestionDesk.HelpBuilder.Model;

/// <summary>What one yaml block says of a parameter in the sets it names.</summary>
/// <param name="Type">As written, e.g. <c>String[]</c> or <c>SwitchParameter</c>.</param>
/// <param name="ParameterSets">Set names, or empty for <c>(All)</c>.</param>
/// <param name="Aliases">Alias names, possibly none.</param>
/// <param name="Required">Mandatory in these sets.</param>
/// <param name="Position">A zero-based position, or null for <c>Named</c>.</param>
/// <param name="DefaultValue">As written; <c>None</c> when not given.</param>
/// <param name="PipelineInput">As written, e.g. <c>True (ByPropertyName)</c> or <c>False</c>.</param>
/// <param name="Globbing">Accepts wildcard characters.</param>
/// <param name="AcceptedValues">The values a ValidateSet allows, possibly none.</param>
public sealed record ParameterUsage(
    string Type,
    IReadOnlyList<string> ParameterSets,
    IReadOnlyList<string> Aliases,
    bool Required,
    int? Position,
    string DefaultValue,
    string PipelineInput,
    bool Globbing,
    IReadOnlyList<string> AcceptedValues)
{
    /// <summary>A switch takes no value; its syntax shows no type.</summary>
    public bool IsSwitch => Type is "SwitchParameter" or "System.Management.Automation.SwitchParameter";

    /// <summary>An array takes one or more values.</summary>
    public bool IsArray => Type.EndsWith("[]", StringComparison.Ordinal);

    /// <summary>The usage applies to every set (<c>Parameter Sets: (All)</c>).</summary>
    public bool CoversAllSets => ParameterSets.Count == 0;

    /// <summary>True when this usage applies to <paramref name="setName"/>.</summary>
    public bool Covers(string setName) =>
        CoversAllSets || ParameterSets.Contains(setName, StringComparer.OrdinalIgnoreCase);
}
