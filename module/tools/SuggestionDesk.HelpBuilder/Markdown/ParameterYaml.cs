using SuggestionDesk.HelpBuilder.Model;

namespace SuggestionDesk.HelpBuilder.Markdown;

/// <summary>
/// Reads a parameter's <c>```yaml</c> block, the flat <c>Key: value</c> lines platyPS writes. Not a YAML parser:
/// the block has no nesting, and a real parser would be a package for nine keys.
/// </summary>
public static class ParameterYaml
{
    private const string TypeKey = "Type";
    private const string SetsKey = "Parameter Sets";
    private const string AliasesKey = "Aliases";
    private const string RequiredKey = "Required";
    private const string PositionKey = "Position";
    private const string DefaultKey = "Default value";
    private const string PipelineKey = "Accept pipeline input";
    private const string WildcardKey = "Accept wildcard characters";
    private const string AcceptedValuesKey = "Accepted values";

    private static readonly string[] Keys =
        [TypeKey, SetsKey, AliasesKey, RequiredKey, PositionKey, DefaultKey, PipelineKey, WildcardKey, AcceptedValuesKey];

    /// <summary>The usage the block describes, or null with <paramref name="problems"/> saying why.</summary>
    /// <param name="yaml">The block's text.</param>
    /// <param name="where">Names the parameter in messages, e.g. <c>-Number</c>.</param>
    /// <param name="problems">Receives one message per fault.</param>
    public static ParameterUsage? Parse(string yaml, string where, ICollection<string> problems)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var before = problems.Count;
        foreach (var line in yaml.Split('\n').Where(l => !string.IsNullOrWhiteSpace(l)))
        {
            var colon = line.IndexOf(':');
            var key = colon < 0 ? line.Trim() : line[..colon].Trim();
            if (colon < 0 || !Keys.Contains(key, StringComparer.OrdinalIgnoreCase))
            {
                problems.Add($"{where}: the yaml line '{line.Trim()}' is not one of {string.Join(", ", Keys.Select(k => k + ":"))}.");
                continue;
            }

            values[key] = line[(colon + 1)..].Trim();
        }

        var type = values.GetValueOrDefault(TypeKey, string.Empty);
        if (type.Length == 0)
        {
            problems.Add($"{where}: the yaml block has no 'Type:' (e.g. 'Type: String', or 'Type: SwitchParameter' for a switch).");
        }

        var required = Boolean(values, RequiredKey, where, problems);
        var globbing = Boolean(values, WildcardKey, where, problems);
        var position = Position(values.GetValueOrDefault(PositionKey, "Named"), where, problems);
        var pipeline = values.GetValueOrDefault(PipelineKey, "False");
        if (pipeline.Length == 0)
        {
            pipeline = "False";
        }
        else if (!pipeline.StartsWith("True", StringComparison.OrdinalIgnoreCase) && !pipeline.Equals("False", StringComparison.OrdinalIgnoreCase))
        {
            problems.Add($"{where}: 'Accept pipeline input: {pipeline}' must be False, or True with the way in brackets, e.g. 'True (ByPropertyName)'.");
        }

        if (problems.Count > before)
        {
            return null;
        }

        var sets = List(values.GetValueOrDefault(SetsKey, "(All)"));
        var defaultValue = values.GetValueOrDefault(DefaultKey, string.Empty);
        return new ParameterUsage(
            Type: type is "switch" or "Switch" ? "SwitchParameter" : type,
            ParameterSets: sets is ["(All)"] ? [] : sets,
            Aliases: List(values.GetValueOrDefault(AliasesKey, string.Empty)).Where(a => !a.Equals("None", StringComparison.OrdinalIgnoreCase)).ToList(),
            Required: required,
            Position: position,
            DefaultValue: defaultValue.Length == 0 ? "None" : defaultValue,
            PipelineInput: pipeline,
            Globbing: globbing,
            AcceptedValues: List(values.GetValueOrDefault(AcceptedValuesKey, string.Empty)));
    }

    private static bool Boolean(Dictionary<string, string> values, string key, string where, ICollection<string> problems)
    {
        var text = values.GetValueOrDefault(key, "False");
        if (text.Length == 0)
        {
            return false;
        }

        if (bool.TryParse(text, out var value))
        {
            return value;
        }

        problems.Add($"{where}: '{key}: {text}' must be True or False.");
        return false;
    }

    private static int? Position(string text, string where, ICollection<string> problems)
    {
        if (text.Length == 0 || text.Equals("Named", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (int.TryParse(text, out var position) && position >= 0)
        {
            return position;
        }

        problems.Add($"{where}: 'Position: {text}' must be Named or a number from 0.");
        return null;
    }

    private static List<string> List(string text) =>
        text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
}
