using System.Collections.Immutable;
using System.Reflection.Metadata;

namespace SuggestionDesk.HelpBuilder.Coverage;

/// <summary>
/// Turns metadata type signatures into short names (<c>String[]</c>, <c>Nullable[DateOnly]</c>), enough to tell a
/// switch from a value and to decode attribute arguments; it resolves nothing outside the assembly.
/// </summary>
internal sealed class TypeNameProvider : ISignatureTypeProvider<string, object?>, ICustomAttributeTypeProvider<string>
{
    public string GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode.ToString();

    public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) =>
        reader.GetString(reader.GetTypeDefinition(handle).Name);

    public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) =>
        reader.GetString(reader.GetTypeReference(handle).Name);

    public string GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
        reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

    public string GetSZArrayType(string elementType) => elementType + "[]";

    public string GetArrayType(string elementType, ArrayShape shape) => elementType + "[" + new string(',', shape.Rank - 1) + "]";

    public string GetByReferenceType(string elementType) => elementType;

    public string GetPointerType(string elementType) => elementType + "*";

    public string GetPinnedType(string elementType) => elementType;

    public string GetModifiedType(string modifier, string unmodifiedType, bool isRequired) => unmodifiedType;

    public string GetGenericInstantiation(string genericType, ImmutableArray<string> typeArguments) =>
        $"{genericType.Split('`')[0]}[{string.Join(",", typeArguments)}]";

    public string GetGenericTypeParameter(object? genericContext, int index) => $"T{index}";

    public string GetGenericMethodParameter(object? genericContext, int index) => $"M{index}";

    public string GetFunctionPointerType(MethodSignature<string> signature) => "IntPtr";

    public string GetSystemType() => "Type";

    public string GetTypeFromSerializedName(string name) => name;

    // Attribute arguments of enum type (ConfirmImpact) are stored as their underlying Int32.
    public PrimitiveTypeCode GetUnderlyingEnumType(string type) => PrimitiveTypeCode.Int32;

    public bool IsSystemType(string type) => type is "Type" or "System.Type";
}
