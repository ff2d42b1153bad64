using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SuggestionDesk.Storage;

/// <summary>
/// How item documents and history changes are written as JSON: enums by name and Chinese text as itself
/// (the default encoder writes every CJK character as a six-character escape, tripling a reply's size).
/// The JSON is never embedded in HTML, so the relaxed encoder is safe here.
/// </summary>
internal static class StorageJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.General)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
