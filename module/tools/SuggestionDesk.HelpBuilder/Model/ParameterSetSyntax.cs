namespace SuggestionDesk.HelpBuilder.Model;

/// <summary>One parameter set of the SYNTAX section: its heading and the parameters its syntax line names.</summary>
/// <param name="Name">The set's name; <see cref="AllSets"/> when the cmdlet has no named sets.</param>
/// <param name="IsDefault">Marked <c>(Default)</c> in its heading.</param>
/// <param name="ParameterNames">Parameter names (without the hyphen) in the order the syntax line shows them.</param>
public sealed record ParameterSetSyntax(string Name, bool IsDefault, IReadOnlyList<string> ParameterNames)
{
    /// <summary>PowerShell's name for "every set"; platyPS writes it as the heading of a cmdlet without sets.</summary>
    public const string AllSets = "__AllParameterSets";

    /// <summary>Where <paramref name="parameterName"/> stands in the syntax line; names it lacks sort last.</summary>
    public int IndexOf(string parameterName)
    {
        for (var i = 0; i < ParameterNames.Count; i++)
        {
            if (string.Equals(ParameterNames[i], parameterName, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return int.MaxValue;
    }
}
