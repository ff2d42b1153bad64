using Azure.Data.Tables;

namespace SuggestionDesk.Storage;

/// <summary>
/// An entity-group transaction holds at most 100 operations and 4 MiB of payload. We check before sending
/// so a too-large change is refused with a clear message instead of a raw 413 from the service.
/// </summary>
internal static class TransactionLimits
{
    public const int MaxActions = 100;

    /// <summary>4 MiB less room for the multipart envelope and property names.</summary>
    public const int MaxBytes = 3_500_000;

    public static bool Fits(IReadOnlyCollection<TableTransactionAction> actions) =>
        actions.Count <= MaxActions && Bytes(actions) <= MaxBytes;

    public static double Megabytes(IEnumerable<TableTransactionAction> actions) => Bytes(actions) / 1_048_576.0;

    /// <summary>A generous estimate: three bytes a character (UTF-8 for CJK) plus a kilobyte of envelope a row.</summary>
    private static long Bytes(IEnumerable<TableTransactionAction> actions) =>
        actions.Sum(a => 1_024L + (a.Entity is IDictionary<string, object> properties
            ? properties.Values.Sum(v => v is string text ? 3L * text.Length : 16L)
            : 0L));
}
