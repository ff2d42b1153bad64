using Azure.Data.Tables;

namespace SuggestionDesk.Storage;

/// <summary>
/// Splits a long string across numbered properties (<c>Doc0</c>, <c>Doc1</c>...), since one Table Storage
/// property holds at most 64 KiB (32 K characters), and joins it back.
/// </summary>
internal static class LongText
{
    public const int ChunkLength = 30_000;

    public static void Write(TableEntity entity, string name, string? value)
    {
        if (value is null)
        {
            return;
        }

        var chunks = Split(value, ChunkLength);
        for (var i = 0; i < chunks.Count; i++)
        {
            entity[name + i] = chunks[i];
        }

        entity[name + "Chunks"] = chunks.Count;
    }

    /// <summary>
    /// Cuts <paramref name="value"/> into pieces of at most <paramref name="length"/> characters, never
    /// between the two halves of a surrogate pair (each piece must be valid UTF-16). Empty text is one piece.
    /// </summary>
    public static IReadOnlyList<string> Split(string value, int length)
    {
        var pieces = new List<string>();
        var start = 0;
        do
        {
            var take = Math.Min(length, value.Length - start);
            if (start + take < value.Length && char.IsHighSurrogate(value[start + take - 1]))
            {
                take--;
            }

            pieces.Add(value.Substring(start, take));
            start += take;
        }
        while (start < value.Length);

        return pieces;
    }

    public static string? Read(TableEntity entity, string name)
    {
        var chunks = entity.GetInt32(name + "Chunks");
        if (chunks is null)
        {
            return null;
        }

        return chunks == 1 ? Part(entity, name, 0) : string.Concat(Enumerable.Range(0, chunks.Value).Select(i => Part(entity, name, i)));
    }

    private static string Part(TableEntity entity, string name, int index) =>
        entity.GetString(name + index)
        ?? throw new InvalidDataException($"Entity '{entity.RowKey}' in partition '{entity.PartitionKey}' lacks part {index} of its {name}.");
}
