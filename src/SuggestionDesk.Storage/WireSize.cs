using Azure.Data.Tables;

namespace SuggestionDesk.Storage;

/// <summary>
/// How many bytes an entity takes as the Tables SDK sends it: JSON in UTF-8 with every non-ASCII character
/// escaped as <c>\uXXXX</c> (six bytes; Chinese text is six times its length). Table Storage limits an
/// entity to 1 MiB and a transaction to 4 MiB of that (Azurite checks exactly these), so we measure it
/// before sending and refuse with a clear message instead of a raw 413 from the service.
/// </summary>
internal static class WireSize
{
    /// <summary>An entity's limit, less a margin for the OData envelope.</summary>
    public const long MaxEntityBytes = 1_000_000;

    /// <summary>A transaction's limit, less a margin for the multipart envelope.</summary>
    public const long MaxTransactionBytes = 4_000_000;

    public static long Of(string text)
    {
        long bytes = 2;
        foreach (var c in text)
        {
            bytes += c < 0x20 ? 6 : c is '"' or '\\' ? 2 : c < 0x80 ? 1 : 6;
        }

        return bytes;
    }

    public static long Of(TableEntity entity) =>
        200 + entity.Sum(p => p.Key.Length + 40 + (p.Value is string text ? Of(text) : 40));

    /// <summary>
    /// Cuts <paramref name="text"/> into pieces of at most <paramref name="budget"/> wire bytes each, never
    /// between the two halves of a surrogate pair.
    /// </summary>
    public static IReadOnlyList<string> Split(string text, long budget)
    {
        var pieces = new List<string>();
        var start = 0;
        long size = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var cost = c < 0x20 ? 6 : c is '"' or '\\' ? 2 : c < 0x80 ? 1 : 6;
            if (size + cost > budget && i > start && !char.IsLowSurrogate(c))
            {
                pieces.Add(text[start..i]);
                start = i;
                size = 0;
            }

            size += cost;
        }

        pieces.Add(text[start..]);
        return pieces;
    }
}
