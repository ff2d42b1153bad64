using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using SuggestionDesk.HelpBuilder.Model;

namespace SuggestionDesk.HelpBuilder.Coverage;

/// <summary>
/// Finds the cmdlets of a module assembly from its metadata alone. Loading it for reflection would need
/// System.Management.Automation and the module's dependencies at build time; reading metadata needs neither.
/// Parameters inherited from a base class in another assembly, and dynamic parameters, are not seen.
/// </summary>
public static class CmdletAssemblyReader
{
    private const string AutomationNamespace = "System.Management.Automation";

    /// <summary>The non-abstract classes with a <c>[Cmdlet]</c> attribute in the assembly at <paramref name="path"/>.</summary>
    public static IReadOnlyList<CmdletDefinition> Read(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var cmdlets = new List<CmdletDefinition>();
        foreach (var handle in metadata.TypeDefinitions)
        {
            var type = metadata.GetTypeDefinition(handle);
            if ((type.Attributes & TypeAttributes.Abstract) != 0)
            {
                continue;
            }

            foreach (var attribute in Attributes(metadata, type.GetCustomAttributes(), "CmdletAttribute"))
            {
                var verb = (string?)attribute.FixedArguments[0].Value;
                var noun = (string?)attribute.FixedArguments[1].Value;
                cmdlets.Add(new CmdletDefinition(
                    $"{verb}-{noun}",
                    $"{metadata.GetString(type.Namespace)}.{metadata.GetString(type.Name)}",
                    Named(attribute, "SupportsShouldProcess") is true,
                    Named(attribute, "DefaultParameterSetName") as string,
                    Parameters(metadata, handle)));
            }
        }

        return cmdlets;
    }

    private static List<CmdletParameter> Parameters(MetadataReader metadata, TypeDefinitionHandle handle)
    {
        var parameters = new List<CmdletParameter>();
        var types = new TypeNameProvider();
        // Walk up the base classes defined in this assembly (a module's own base cmdlet with -Connection, say).
        for (TypeDefinitionHandle? current = handle; current is { } h;)
        {
            var type = metadata.GetTypeDefinition(h);
            foreach (var property in type.GetProperties().Select(metadata.GetPropertyDefinition))
            {
                Add(metadata, property.GetCustomAttributes(), metadata.GetString(property.Name), property.DecodeSignature(types, null).ReturnType, parameters);
            }

            foreach (var field in type.GetFields().Select(metadata.GetFieldDefinition))
            {
                Add(metadata, field.GetCustomAttributes(), metadata.GetString(field.Name), field.DecodeSignature(types, null), parameters);
            }

            current = type.BaseType.Kind == HandleKind.TypeDefinition ? (TypeDefinitionHandle)type.BaseType : null;
        }

        return parameters;
    }

    private static void Add(MetadataReader metadata, CustomAttributeHandleCollection attributes, string name, string type, List<CmdletParameter> parameters)
    {
        var bindings = Attributes(metadata, attributes, "ParameterAttribute")
            .Select(a => new ParameterBinding(
                Named(a, "ParameterSetName") as string ?? ParameterSetSyntax.AllSets,
                Named(a, "Mandatory") is true,
                Named(a, "Position") is int position && position >= 0 ? position : null))
            .ToList();
        // A derived class's override hides the base member of the same name.
        if (bindings.Count > 0 && !parameters.Any(p => p.Name == name))
        {
            parameters.Add(new CmdletParameter(name, type, bindings));
        }
    }

    private static IEnumerable<CustomAttributeValue<string>> Attributes(MetadataReader metadata, CustomAttributeHandleCollection handles, string attributeName)
    {
        foreach (var attribute in handles.Select(metadata.GetCustomAttribute))
        {
            if (AttributeType(metadata, attribute) == (AutomationNamespace, attributeName))
            {
                yield return attribute.DecodeValue(new TypeNameProvider());
            }
        }
    }

    private static (string Namespace, string Name) AttributeType(MetadataReader metadata, CustomAttribute attribute)
    {
        EntityHandle parent = attribute.Constructor.Kind switch
        {
            HandleKind.MemberReference => metadata.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent,
            HandleKind.MethodDefinition => metadata.GetMethodDefinition((MethodDefinitionHandle)attribute.Constructor).GetDeclaringType(),
            _ => default,
        };
        return parent.Kind switch
        {
            HandleKind.TypeReference when metadata.GetTypeReference((TypeReferenceHandle)parent) is var r =>
                (metadata.GetString(r.Namespace), metadata.GetString(r.Name)),
            HandleKind.TypeDefinition when metadata.GetTypeDefinition((TypeDefinitionHandle)parent) is var d =>
                (metadata.GetString(d.Namespace), metadata.GetString(d.Name)),
            _ => (string.Empty, string.Empty),
        };
    }

    private static object? Named(CustomAttributeValue<string> attribute, string name) =>
        attribute.NamedArguments.FirstOrDefault(a => a.Name == name).Value;
}
