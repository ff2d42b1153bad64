using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace SuggestionDesk.Infra.Tests;

/// <summary>
/// An ARM template compiled by <c>bicep build --stdout</c>, with its modules (nested deployments) opened up, so tests
/// can look at every resource wherever Bicep put it.
/// </summary>
public sealed partial class CompiledTemplate
{
    private static readonly Lazy<CompiledTemplate> MainTemplate = new(() => Build(Path.Combine(Repository.Infra, "main.bicep")));

    private CompiledTemplate(string json)
    {
        Json = json;
        Root = JsonNode.Parse(json)!.AsObject();
    }

    /// <summary>infra/main.bicep, built once for all tests.</summary>
    public static CompiledTemplate Main => MainTemplate.Value;

    /// <summary>The template as Bicep wrote it.</summary>
    public string Json { get; }

    /// <summary>The top-level template.</summary>
    public JsonObject Root { get; }

    /// <summary>Builds <paramref name="bicepFile"/> to JSON on stdout (nothing is written next to the file).</summary>
    public static CompiledTemplate Build(string bicepFile)
    {
        var result = BicepCli.Run("build", bicepFile, "--stdout");
        if (result.ExitCode != 0 || result.Errors.Trim().Length > 0)
        {
            throw new InvalidOperationException($"bicep build {bicepFile} failed (exit {result.ExitCode}):\n{result.Errors}");
        }

        return new CompiledTemplate(result.Output);
    }

    /// <summary>Every resource, in this template and in every module, with the template that declares it.</summary>
    public IEnumerable<TemplateResource> Resources() => ResourcesOf(Root);

    /// <summary>Resources of one type (e.g. <c>Microsoft.Storage/storageAccounts</c>), existing references left out.</summary>
    public IReadOnlyList<TemplateResource> Declared(string type) =>
        Resources().Where(r => r.Type == type && !r.IsExisting).ToList();

    /// <summary>The module deployed under <paramref name="name"/> by the top-level template.</summary>
    public TemplateResource Module(string name) =>
        ResourcesOf(Root, recurse: false).Single(r => r.Type == "Microsoft.Resources/deployments" && (string?)r.Node["name"] == name);

    private static IEnumerable<TemplateResource> ResourcesOf(JsonObject template, bool recurse = true)
    {
        // languageVersion 2.0 templates keep resources in an object keyed by symbolic name, older ones in an array.
        var resources = template["resources"] switch
        {
            JsonArray array => array.Select(n => n!.AsObject()),
            JsonObject map => map.Select(p => p.Value!.AsObject()),
            _ => [],
        };
        foreach (var resource in resources)
        {
            var item = new TemplateResource(resource, template);
            yield return item;
            if (recurse && item.Type == "Microsoft.Resources/deployments" && resource["properties"]?["template"] is JsonObject nested)
            {
                foreach (var inner in ResourcesOf(nested))
                {
                    yield return inner;
                }
            }
        }
    }
}

/// <summary>One resource of a compiled template and the template (module) that declares it.</summary>
public sealed partial record TemplateResource(JsonObject Node, JsonObject Template)
{
    /// <summary>The resource type.</summary>
    public string Type => (string)Node["type"]!;

    /// <summary>True for an <c>existing</c> reference, which deploys nothing.</summary>
    public bool IsExisting => Node["existing"]?.GetValue<bool>() == true;

    /// <summary>The resource's properties.</summary>
    public JsonObject Properties => Node["properties"]!.AsObject();

    /// <summary>
    /// <paramref name="expression"/> with every <c>variables('name').member</c> and <c>variables('name')</c> of a string
    /// replaced by its value in the declaring template, e.g. a role definition ID kept in a variable.
    /// </summary>
    public string ResolveVariables(string expression) =>
        VariableReference().Replace(expression, match =>
        {
            JsonNode? value = Template["variables"]?[match.Groups["name"].Value];
            if (match.Groups["member"].Success)
            {
                value = value?[match.Groups["member"].Value];
            }

            return value is JsonValue v && v.TryGetValue<string>(out var text) ? $"'{text}'" : match.Value;
        });

    [GeneratedRegex(@"variables\('(?<name>[^']+)'\)(\.(?<member>\w+))?")]
    private static partial Regex VariableReference();
}
