using Azure.Data.Tables;

namespace SuggestionDesk.Storage;

/// <summary>
/// An entity-group transaction holds at most 100 operations and 4 MiB as sent (see <see cref="WireSize"/>).
/// We check before sending so a too-large change is refused with a clear message, and nothing is written.
/// </summary>
internal static class TransactionLimits
{
    public const int MaxActions = 100;

    public static bool Fits(IReadOnlyCollection<TableTransactionAction> actions) =>
        actions.Count <= MaxActions && Bytes(actions) <= WireSize.MaxTransactionBytes;

    public static double Megabytes(IEnumerable<TableTransactionAction> actions) => Bytes(actions) / 1_048_576.0;

    /// <summary>Whether a transaction of <paramref name="count"/> operations taking <paramref name="bytes"/> (see <see cref="Bytes"/>) fits.</summary>
    public static bool Fits(int count, long bytes) => count <= MaxActions && bytes <= WireSize.MaxTransactionBytes;

    /// <summary>Each operation's entity plus half a kilobyte of multipart headers.</summary>
    public static long Bytes(IEnumerable<TableTransactionAction> actions) =>
        actions.Sum(a => 512 + (a.Entity is TableEntity entity ? WireSize.Of(entity) : 512));
}
