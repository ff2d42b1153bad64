namespace SuggestionDesk.HelpBuilder.Model;

/// <summary>An input or output type: the <c>###</c> heading under INPUTS or OUTPUTS and its optional text.</summary>
public sealed record TypeHelp(string TypeName, IReadOnlyList<string> Description);
