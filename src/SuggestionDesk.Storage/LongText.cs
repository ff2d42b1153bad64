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

        var chunks = 0;
        for (var start = 0; start < value.Length || chunks == 0; start += ChunkLength)
        {
            var length = Math.Min(ChunkLength, value.Length - start);
            // Never cut between the two halves of a surrogate pair: each property must be valid UTF-16.
            if (length == ChunkLength && char.IsHighSurrogate(value[start + length - 1]))
            {
                length--;
            }

            entity[name + chunks] = value.Substring(start, length);
            start -= ChunkLength - length;
            chunks++;
        }

        entity[name + "Chunks"] = chunks;
    }

    public static string? Read(TableEntity entity, string name)
    {
        var chunks = entity.GetInt32(name + "Chunks");
        if (chunks is null)
        {
            return null;
        }

        return string.Concat(Enumerable.Range(0, chunks.Value).Select(i => entity.GetString(name + i)));
    }
}
