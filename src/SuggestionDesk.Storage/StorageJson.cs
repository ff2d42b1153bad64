using System.Text.Json;
using System.Text.Json.Serialization;

namespace SuggestionDesk.Storage;

/// <summary>How item documents and history changes are written as JSON: enums by name, text as itself (see <see cref="MinimalJsonEncoder"/>).</summary>
internal static class StorageJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.General)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = MinimalJsonEncoder.Instance,
    };
}
