using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SuggestionDesk.Infra.Tests;

/// <summary>JSON nodes as text with quotes left readable, so ARM expressions can be searched as written.</summary>
public static class JsonText
{
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The node as JSON text, <c>'</c> not escaped.</summary>
    public static string Text(this JsonNode node) => node.ToJsonString(Readable);
}
