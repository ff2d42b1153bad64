using System.Text.Json;
using System.Text.Json.Serialization;
using SuggestionDesk.Items;

namespace SuggestionDesk.Testing;

/// <summary>Compares item snapshots by value (records compare their lists by reference).</summary>
public static class SnapshotAssert
{
    private static readonly JsonSerializerOptions Options = new() { Converters = { new JsonStringEnumConverter() }, WriteIndented = true };

    /// <summary>Throws with both values shown when the snapshots differ in any field.</summary>
    public static void Equal(ItemSnapshot expected, ItemSnapshot actual)
    {
        var want = JsonSerializer.Serialize(expected, Options);
        var got = JsonSerializer.Serialize(actual, Options);
        if (!string.Equals(want, got, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Snapshots differ.\nExpected:\n{want}\nActual:\n{got}");
        }
    }
}
