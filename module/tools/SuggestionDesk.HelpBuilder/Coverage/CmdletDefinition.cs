namespace SuggestionDesk.HelpBuilder.Coverage;

/// <summary>A cmdlet as its assembly declares it: the <c>[Cmdlet]</c> class and its <c>[Parameter]</c> members.</summary>
/// <param name="Name">Verb-Noun from the <c>[Cmdlet]</c> attribute.</param>
/// <param name="TypeName">The implementing class, for messages.</param>
/// <param name="SupportsShouldProcess">Adds -WhatIf and -Confirm, which the doc must then describe too.</param>
/// <param name="DefaultParameterSetName">From the <c>[Cmdlet]</c> attribute, or null.</param>
/// <param name="Parameters">Declared on the class or on a base class in the same assembly.</param>
public sealed record CmdletDefinition(
    string Name,
    string TypeName,
    bool SupportsShouldProcess,
    string? DefaultParameterSetName,
    IReadOnlyList<CmdletParameter> Parameters);

/// <summary>A <c>[Parameter]</c> property or field; one binding per <c>[Parameter]</c> attribute on it.</summary>
/// <param name="Name">The member's name, which is the parameter's.</param>
/// <param name="Type">The member's type name without namespace, e.g. <c>String[]</c>, <c>SwitchParameter</c>.</param>
/// <param name="Bindings">One per <c>[Parameter]</c> attribute.</param>
public sealed record CmdletParameter(string Name, string Type, IReadOnlyList<ParameterBinding> Bindings)
{
    /// <summary>A switch, whatever namespace the type name was written with.</summary>
    public bool IsSwitch => Type == "SwitchParameter";
}

/// <summary>One <c>[Parameter]</c> attribute: the set it puts the parameter in and how.</summary>
/// <param name="SetName"><c>__AllParameterSets</c> when the attribute names none.</param>
/// <param name="Mandatory">Mandatory in that set.</param>
/// <param name="Position">The position, or null when named only.</param>
public sealed record ParameterBinding(string SetName, bool Mandatory, int? Position);
